/* INTERACT: the program and an interactor connected by pipes. */
#include "supervisor.h"

/* ---------- INTERACT ---------- */

/* CPU time of one live process (all its threads), microseconds; -1 once it is gone. */
static int64_t process_cpu_us(pid_t pid) {
  char path[64], buf[1024];
  snprintf(path, sizeof path, "/proc/%d/stat", pid);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0) return -1;
  buf[n] = '\0';
  char *p = strrchr(buf, ')'); /* the command name may contain spaces */
  unsigned long long utime = 0, stime = 0;
  if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &utime, &stime) != 2) return -1;
  return (int64_t)(utime + stime) * 1000000 / sysconf(_SC_CLK_TCK);
}

static int write_judge_file(const char *name, const char *data, long size) {
  char path[PATH_MAX];
  snprintf(path, sizeof path, "%s/%s", JUDGE_DATA_DIR, name);
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return -1;
  write_all(fd, data, (size_t)size);
  int rc = fchown(fd, JUDGE_UID, JUDGE_UID);
  close(fd);
  return rc;
}

struct party {
  pid_t pid;
  int pidfd, status_fd, done, status;
  struct rusage ru;
  const char *limit;
};

static void reap_party(struct party *p) {
  if (p->done) return;
  wait4(p->pid, &p->status, __WALL, &p->ru);
  p->done = 1;
}

static const char *party_kind(const struct party *p) {
  int err = 0;
  if (read(p->status_fd, &err, sizeof err) == (ssize_t)sizeof err) return "setup";
  if (p->limit) return p->limit;
  return WIFSIGNALED(p->status) ? "signaled" : "exited";
}

/*
 * Reads and discards what poll() said is waiting in a pipe: one read, which cannot
 * block. (O_NONBLOCK is no option: it belongs to the open file description, which the
 * program's stdin shares, and would make the program's reads fail.)
 */
static void discard_once(int fd) {
  char buf[65536];
  if (read(fd, buf, sizeof buf) < 0) {
    /* Nothing to do: the next poll() reports the pipe again if anything is left. */
  }
}

/*
 * Runs the submission and the problem's interactor side by side, each one's stdout
 * piped into the other's stdin. The interactor runs as JUDGE_UID in JUDGE_DATA_DIR with
 * the test's input and answer there; the submission (RUN_UID) cannot open that dir.
 *
 * Pipe ends stay open until their process exits, as problemtools and BAPCtools keep
 * them: the supervisor holds the program's stdout until the program has exited, so a
 * program that closes stdout and then crashes or sleeps is judged on that (RE, TLE)
 * rather than on the interactor's reaction to an early end of input; and it holds the
 * program's stdin until the interactor has exited, reading away what the interactor
 * writes to a program that is gone, so the interactor never dies of SIGPIPE or blocks
 * because the program ended first.
 */
void cmd_interact(const char *args) {
  struct run_request rq = {0}, iq;
  long int_cpu_ms, argv_bytes, env_bytes, int_argv_bytes, input_bytes, answer_bytes;
  if (sscanf(args, "%ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld", &rq.cpu_ms, &rq.wall_ms, &rq.mem_kb, &rq.err_max,
             &rq.fsize, &rq.stack_kb, &int_cpu_ms, &argv_bytes, &env_bytes, &int_argv_bytes, &input_bytes,
             &answer_bytes) != 12 ||
      argv_bytes <= 0 || argv_bytes > 65536 || env_bytes < 0 || env_bytes > 65536 || int_argv_bytes <= 0 ||
      int_argv_bytes > 65536 || input_bytes < 0 || input_bytes > MAX_PAYLOAD || answer_bytes < 0 ||
      answer_bytes > MAX_PAYLOAD || rq.err_max < 0 || rq.err_max > MAX_PAYLOAD) {
    reply("ERR bad INTERACT header");
    _exit(2);
  }
  char *argv_block = malloc((size_t)argv_bytes), *env_block = malloc((size_t)env_bytes + 1);
  char *int_argv_block = malloc((size_t)int_argv_bytes);
  char *input = malloc((size_t)input_bytes + 1), *answer = malloc((size_t)answer_bytes + 1);
  if (!argv_block || !env_block || !int_argv_block || !input || !answer || read_exact(argv_block, (size_t)argv_bytes) < 0 ||
      read_exact(env_block, (size_t)env_bytes) < 0 || read_exact(int_argv_block, (size_t)int_argv_bytes) < 0 ||
      read_exact(input, (size_t)input_bytes) < 0 || read_exact(answer, (size_t)answer_bytes) < 0)
    _exit(2);
  rq.argv = split_block(argv_block, argv_bytes);
  rq.envp = split_block(env_block, env_bytes);
  iq = rq;
  iq.argv = split_block(int_argv_block, int_argv_bytes);
  iq.cpu_ms = int_cpu_ms;
  iq.stack_kb = 64 * 1024;

  reset_writable_dirs();
  wipe_dir(JUDGE_DATA_DIR);
  char feedback[PATH_MAX];
  snprintf(feedback, sizeof feedback, "%s/feedback", JUDGE_DATA_DIR);
  if (write_judge_file("input", input, input_bytes) != 0 || write_judge_file("answer", answer, answer_bytes) != 0 ||
      mkdir(feedback, 0700) != 0 || chown(feedback, JUDGE_UID, JUDGE_UID) != 0)
    _exit(2);
  free(input);
  free(answer);

  int s2i[2], i2s[2], sol_err[2], int_err[2], sol_status[2], int_status[2];
  if (pipe2(s2i, O_CLOEXEC) || pipe2(i2s, O_CLOEXEC) || pipe2(sol_err, O_CLOEXEC) || pipe2(int_err, O_CLOEXEC) ||
      pipe2(sol_status, O_CLOEXEC) || pipe2(int_status, O_CLOEXEC))
    _exit(2);
  struct capture serr = {sol_err[0], malloc((size_t)rq.err_max + 1), 0, rq.err_max, 0};
  struct capture ierr = {int_err[0], malloc((size_t)rq.err_max + 1), 0, rq.err_max, 0};
  long oom_before = oom_kill_count();
  int64_t start = now_us();

  struct party sol = {0}, judge = {0};
  sol.pid = fork();
  if (sol.pid == 0) exec_child(&rq, RUN_UID, WORK_DIR, i2s[0], s2i[1], sol_err[1], sol_status[1]);
  judge.pid = fork();
  if (judge.pid == 0) exec_child(&iq, JUDGE_UID, JUDGE_DATA_DIR, s2i[0], i2s[1], int_err[1], int_status[1]);
  if (sol.pid < 0 || judge.pid < 0) _exit(2);
  close(s2i[0]);
  close(i2s[1]);
  int sol_out_hold = s2i[1], sol_in_hold = i2s[0], sol_in_closed = 0;
  close(sol_err[1]); close(int_err[1]); close(sol_status[1]); close(int_status[1]);
  sol.status_fd = sol_status[0];
  judge.status_fd = int_status[0];
  fcntl(serr.fd, F_SETFL, O_NONBLOCK);
  fcntl(ierr.fd, F_SETFL, O_NONBLOCK);
  sol.pidfd = (int)syscall(SYS_pidfd_open, sol.pid, 0);
  judge.pidfd = (int)syscall(SYS_pidfd_open, judge.pid, 0);

  const char *first = NULL;
  int64_t sol_end = 0;
  while (!sol.done || !judge.done) {
    struct pollfd fds[5] = {{sol.done ? -1 : sol.pidfd, POLLIN, 0},
                            {judge.done ? -1 : judge.pidfd, POLLIN, 0},
                            {serr.fd, POLLIN, 0},
                            {ierr.fd, POLLIN, 0},
                            {sol.done && !sol_in_closed ? sol_in_hold : -1, POLLIN, 0}};
    poll(fds, 5, TICK_MS);
    if (fds[4].revents & POLLIN) discard_once(sol_in_hold);
    else if (fds[4].revents & (POLLHUP | POLLERR)) sol_in_closed = 1; /* the interactor closed its end */
    if ((fds[2].revents & (POLLIN | POLLHUP)) && read_into(&serr) == 0) serr.fd = -1;
    if ((fds[3].revents & (POLLIN | POLLHUP)) && read_into(&ierr) == 0) ierr.fd = -1;
    if (fds[0].revents & POLLIN) {
      reap_party(&sol);
      sol_end = now_us();
      if (!first) first = "solution";
      /* Only now does the interactor read end-of-file. */
      close(sol_out_hold);
      sol_out_hold = -1;
    }
    if (fds[1].revents & POLLIN) {
      reap_party(&judge);
      if (!first) first = "interactor";
    }
    int64_t elapsed = now_us() - start;
    if (elapsed > rq.wall_ms * 1000) {
      if (!sol.done) sol.limit = "wall";
      if (!judge.done) judge.limit = "wall";
      break;
    }
    int64_t sol_cpu = sol.done ? -1 : process_cpu_us(sol.pid);
    if (sol_cpu > rq.cpu_ms * 1000) {
      sol.limit = "cpu";
      kill(sol.pid, SIGKILL);
    }
    int64_t judge_cpu = judge.done ? -1 : process_cpu_us(judge.pid);
    if (judge_cpu > iq.cpu_ms * 1000) {
      judge.limit = "cpu";
      kill(judge.pid, SIGKILL);
    }
  }
  if (!sol.done) {
    kill(sol.pid, SIGKILL);
    reap_party(&sol);
    sol_end = now_us();
  }
  if (!judge.done) {
    kill(judge.pid, SIGKILL);
    reap_party(&judge);
  }
  if (!first) first = "solution";
  if (sol_out_hold >= 0) close(sol_out_hold);
  close(sol_in_hold);
  struct rusage orphans = {0};
  long orphan_rss = 0;
  int procs = 0;
  kill_and_reap(&orphans, &orphan_rss, &procs);
  drain(&serr);
  drain(&ierr);
  close(sol_err[0]);
  close(int_err[0]);
  close(sol.pidfd);
  close(judge.pidfd);
  long oom_after = oom_kill_count();
  long oom = (oom_before >= 0 && oom_after >= 0) ? oom_after - oom_before : 0;

  /* Orphans are charged to the submission: the interactor is the problem author's code. */
  int64_t sol_cpu_us = (int64_t)(sol.ru.ru_utime.tv_sec + sol.ru.ru_stime.tv_sec + orphans.ru_utime.tv_sec +
                                 orphans.ru_stime.tv_sec) * 1000000 +
                       sol.ru.ru_utime.tv_usec + sol.ru.ru_stime.tv_usec + orphans.ru_utime.tv_usec +
                       orphans.ru_stime.tv_usec;
  int64_t judge_cpu_us = (int64_t)(judge.ru.ru_utime.tv_sec + judge.ru.ru_stime.tv_sec) * 1000000 +
                         judge.ru.ru_utime.tv_usec + judge.ru.ru_stime.tv_usec;
  if (!sol.limit && sol_cpu_us > rq.cpu_ms * 1000L) sol.limit = "cpu";
  long sol_rss = sol.ru.ru_maxrss > orphan_rss ? sol.ru.ru_maxrss : orphan_rss;

  char message[4096];
  long message_len = 0;
  snprintf(feedback, sizeof feedback, "%s/feedback/judgemessage.txt", JUDGE_DATA_DIR);
  int mfd = open(feedback, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  struct stat mst;
  if (mfd >= 0 && fstat(mfd, &mst) == 0 && S_ISREG(mst.st_mode)) {
    ssize_t n = read(mfd, message, sizeof message);
    message_len = n > 0 ? n : 0;
  }
  if (mfd >= 0) close(mfd);

  const char *sol_kind = party_kind(&sol), *judge_kind = party_kind(&judge);
  close(sol.status_fd);
  close(judge.status_fd);
  reply("IRESULT %s %d %d %lld %lld %ld %ld %s %d %d %lld %s %ld %ld %ld", sol_kind,
        WIFEXITED(sol.status) ? WEXITSTATUS(sol.status) : -1, WIFSIGNALED(sol.status) ? WTERMSIG(sol.status) : 0,
        (long long)sol_cpu_us, (long long)(sol_end - start), sol_rss, oom, judge_kind,
        WIFEXITED(judge.status) ? WEXITSTATUS(judge.status) : -1, WIFSIGNALED(judge.status) ? WTERMSIG(judge.status) : 0,
        (long long)judge_cpu_us, first, serr.len, ierr.len, message_len);
  write_all(1, serr.buf, (size_t)serr.len);
  write_all(1, ierr.buf, (size_t)ierr.len);
  write_all(1, message, (size_t)message_len);
  free(serr.buf);
  free(ierr.buf);
  free(rq.argv);
  free(rq.envp);
  free(iq.argv);
  free(argv_block);
  free(env_block);
  free(int_argv_block);
}
