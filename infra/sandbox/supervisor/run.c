/* RUN: one step, measured and limited. */
#include "supervisor.h"

void cmd_run(const char *args) {
  struct run_request rq = {0};
  long argv_bytes, env_bytes, stdin_bytes;
  if (sscanf(args, "%d %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld", &rq.reset, &rq.cpu_ms, &rq.wall_ms, &rq.mem_kb,
             &rq.out_max, &rq.err_max, &rq.fsize, &rq.stack_kb, &argv_bytes, &env_bytes, &stdin_bytes) != 11 ||
      argv_bytes <= 0 || argv_bytes > 65536 || env_bytes < 0 || env_bytes > 65536 || stdin_bytes < 0 ||
      stdin_bytes > MAX_PAYLOAD || rq.out_max < 0 || rq.out_max > MAX_PAYLOAD || rq.err_max < 0 ||
      rq.err_max > MAX_PAYLOAD) {
    reply("ERR bad RUN header");
    _exit(2);
  }
  char *argv_block = malloc((size_t)argv_bytes), *env_block = malloc((size_t)env_bytes + 1);
  char *input = malloc((size_t)stdin_bytes + 1);
  if (!argv_block || !env_block || !input || read_exact(argv_block, (size_t)argv_bytes) < 0 ||
      read_exact(env_block, (size_t)env_bytes) < 0 || read_exact(input, (size_t)stdin_bytes) < 0)
    _exit(2);
  rq.argv = split_block(argv_block, argv_bytes);
  rq.envp = split_block(env_block, env_bytes);

  if (rq.reset) reset_writable_dirs();
  /* Only the current test's input exists, in a directory the runner cannot open. */
  int in_fd = open(STDIN_PATH, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (in_fd < 0) _exit(2);
  write_all(in_fd, input, (size_t)stdin_bytes);
  lseek(in_fd, 0, SEEK_SET);
  free(input);

  int out_pipe[2], err_pipe[2], status_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) || pipe2(err_pipe, O_CLOEXEC) || pipe2(status_pipe, O_CLOEXEC)) _exit(2);
  struct capture out = {out_pipe[0], malloc((size_t)rq.out_max + 1), 0, rq.out_max, 0};
  struct capture err = {err_pipe[0], malloc((size_t)rq.err_max + 1), 0, rq.err_max, 0};
  long oom_before = oom_kill_count();
  int64_t cpu_before = container_cpu_ns();
  int64_t start = now_us();

  pid_t pid = fork();
  if (pid < 0) {
    reply("RESULT setup -1 0 0 0 0 0 0 0 0 0 0");
    _exit(2);
  }
  if (pid == 0) exec_child(&rq, RUN_UID, WORK_DIR, in_fd, out_pipe[1], err_pipe[1], status_pipe[1]);
  close(in_fd);
  close(out_pipe[1]);
  close(err_pipe[1]);
  close(status_pipe[1]);
  fcntl(out.fd, F_SETFL, O_NONBLOCK);
  fcntl(err.fd, F_SETFL, O_NONBLOCK);
  int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);

  const char *limit = NULL;
  int64_t end = 0;
  for (;;) {
    struct pollfd fds[3] = {{pidfd, POLLIN, 0}, {out.fd, POLLIN, 0}, {err.fd, POLLIN, 0}};
    poll(fds, 3, TICK_MS);
    if (fds[1].revents & (POLLIN | POLLHUP)) {
      if (read_into(&out) == 0) out.fd = -1;
    }
    if (fds[2].revents & (POLLIN | POLLHUP)) {
      if (read_into(&err) == 0) err.fd = -1;
    }
    if (out.total > out.cap || err.total > rq.out_max) {
      limit = "output";
      break;
    }
    if (fds[0].revents & POLLIN) break;
    int64_t elapsed = now_us() - start;
    if (elapsed > rq.wall_ms * 1000) {
      limit = "wall";
      break;
    }
    int64_t cpu_now = container_cpu_ns();
    if (cpu_before >= 0 && cpu_now >= 0 && cpu_now - cpu_before > rq.cpu_ms * 1000000L + CGROUP_CPU_ALLOWANCE_NS) {
      limit = "cpu";
      break;
    }
  }
  end = now_us();

  /* Collect the main process first so its own exit status is the one reported. */
  struct rusage total = {0}, ru;
  int status = 0;
  if (limit) kill(pid, SIGKILL);
  wait4(pid, &status, __WALL, &ru);
  total = ru;
  long maxrss = ru.ru_maxrss;
  int procs = 1;
  if (!limit) {
    drain(&out);
    drain(&err);
  }
  kill_and_reap(&total, &maxrss, &procs);
  close(pidfd);
  if (!limit) {
    drain(&out);
    drain(&err);
  }
  close(out_pipe[0]);
  close(err_pipe[0]);

  int exec_errno = 0;
  ssize_t got = read(status_pipe[0], &exec_errno, sizeof exec_errno);
  close(status_pipe[0]);
  long oom_after = oom_kill_count();
  long oom = (oom_before >= 0 && oom_after >= 0) ? oom_after - oom_before : 0;
  int64_t cpu_us = (int64_t)total.ru_utime.tv_sec * 1000000 + total.ru_utime.tv_usec +
                   (int64_t)total.ru_stime.tv_sec * 1000000 + total.ru_stime.tv_usec;
  /* RLIMIT_CPU's SIGXCPU/SIGKILL is a CPU limit too, even when the tick missed it. */
  if (!limit && WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU) limit = "cpu";
  if (!limit && cpu_us > rq.cpu_ms * 1000L) limit = "cpu";

  const char *kind = limit ? limit : got == (ssize_t)sizeof exec_errno ? "setup" : WIFSIGNALED(status) ? "signaled" : "exited";
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  if (got == (ssize_t)sizeof exec_errno) {
    /* Report the errno as the exit code so the host can explain "command not found". */
    code = exec_errno;
  }
  reply("RESULT %s %d %d %lld %lld %ld %ld %ld %d %ld %d %d", kind, code, sig, (long long)cpu_us,
        (long long)(end - start), maxrss, oom, out.len, out.total > out.len ? 1 : 0, err.len,
        err.total > err.len ? 1 : 0, procs);
  write_all(1, out.buf, (size_t)out.len);
  write_all(1, err.buf, (size_t)err.len);
  free(out.buf);
  free(err.buf);
  free(rq.argv);
  free(rq.envp);
  free(argv_block);
  free(env_block);
}
