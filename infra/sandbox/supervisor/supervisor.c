/*
 * arbiter-supervisor: PID 1 of every sandbox container.
 *
 * Why it exists: starting a container costs ~140 ms, so one container serves one
 * whole run (compile, then every test case), and this supervisor starts each step as
 * a fresh process, measures it and kills everything it left behind.
 *
 * Trust split: the supervisor runs as uid 0 holding only SETUID, SETGID, KILL,
 * DAC_OVERRIDE, FOWNER and CHOWN (the container drops every other capability).
 * Submitted code and compilers run as uid RUN_UID with no capabilities and
 * no_new_privs, so they cannot signal, trace or read the supervisor, which makes its
 * measurements trustworthy. As PID 1 of the container's PID namespace it is also the
 * reaper of every orphan, so rusage of daemonised children is still accounted, and
 * kill(-1) reaches every process the step created.
 *
 * Protocol (stdin/stdout, which Docker's attach stream carries): a request is one
 * ASCII header line followed by the binary payload sizes it announces.
 *   FILE <name> <size> <mode> [work|judge]\n<bytes> -> OK | ERR <msg>
 *   RUN <reset> <cpu_ms> <wall_ms> <mem_kb> <out_max> <err_max> <fsize> <stack_kb>
 *       <argv_bytes> <env_bytes> <stdin_bytes>\n<argv\0...><env\0...><stdin>
 *                                               -> RESULT ... \n<stdout><stderr>
 *   PROMOTE <bytes>\n<pattern\0...>             -> OK <files> | ERR <msg>
 *   GET <name> <max>\n                          -> DATA <size>\n<bytes> | ERR <msg>
 *   INTERACT <cpu_ms> <wall_ms> <mem_kb> <err_max> <fsize> <stack_kb> <judge_cpu_ms> <argv_bytes>
 *       <env_bytes> <judge_argv_bytes> <input_bytes> <answer_bytes>\n<argv><env><judge argv><input><answer>
 *                                               -> IRESULT ... \n<stderr><judge stderr><judge message>
 *   EXIT\n
 * RESULT <status> <exit_code> <signal> <cpu_us> <wall_us> <maxrss_kb> <oom_kills>
 *        <out_len> <out_truncated> <err_len> <err_truncated> <processes>
 * status: exited | signaled | cpu | wall | output | setup
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <ftw.h>
#include <grp.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define SUPERVISOR_VERSION "2"
#define RUN_UID 10001
#define RUN_GID 10001
/* Interactors run as their own uid: the submission (RUN_UID) cannot read their data. */
#define JUDGE_UID 10002
#define JUDGE_BIN_DIR "/box/jbin"
#define JUDGE_DATA_DIR "/box/jdata"
#define WORK_DIR "/box/work"
#define PROG_DIR "/box/prog"
#define SUP_DIR "/box/sup"
#define STDIN_PATH "/box/sup/stdin"
#define MAX_HEADER 1024
#define MAX_PAYLOAD (1024L * 1024 * 1024)
#define MAX_PROMOTE_BYTES (256L * 1024 * 1024)
#define TICK_MS 5
/* The container's cgroup also counts the supervisor itself (polling, fork): allow that
 * much before the in-flight check stops a step, so the program always gets its full
 * limit. The reported CPU time is the program's own rusage, without this. */
#define CGROUP_CPU_ALLOWANCE_NS (20L * 1000 * 1000)
/* Extra CPU seconds before the kernel's RLIMIT_CPU backstop fires. */
#define RLIMIT_CPU_GRACE_S 1

/* ---------- buffered input over fd 0 ---------- */

static char inbuf[1 << 16];
static size_t in_pos, in_len;

static int in_fill(void) {
  ssize_t n;
  do n = read(0, inbuf, sizeof inbuf); while (n < 0 && errno == EINTR);
  if (n <= 0) return -1;
  in_pos = 0;
  in_len = (size_t)n;
  return 0;
}

static int read_line(char *line, size_t cap) {
  size_t len = 0;
  for (;;) {
    if (in_pos == in_len && in_fill() < 0) return -1;
    char c = inbuf[in_pos++];
    if (c == '\n') break;
    if (len + 1 >= cap) return -1;
    line[len++] = c;
  }
  line[len] = '\0';
  return 0;
}

static int read_exact(char *dst, size_t n) {
  while (n > 0) {
    if (in_pos == in_len && in_fill() < 0) return -1;
    size_t take = in_len - in_pos < n ? in_len - in_pos : n;
    memcpy(dst, inbuf + in_pos, take);
    in_pos += take;
    dst += take;
    n -= take;
  }
  return 0;
}

/* ---------- output ---------- */

static void write_all(int fd, const char *buf, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, buf, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) _exit(3); /* the host went away: nothing left to serve */
    buf += w;
    n -= (size_t)w;
  }
}

static void reply(const char *fmt, ...) {
  char line[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(line, sizeof line - 1, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  if (n > (int)sizeof line - 2) n = (int)sizeof line - 2;
  line[n++] = '\n';
  write_all(1, line, (size_t)n);
}

/* ---------- helpers ---------- */

static int64_t now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* A plain file name: no slash, no leading dot, so it cannot leave the work dir. */
static int valid_name(const char *name) {
  size_t n = strlen(name);
  if (n == 0 || n > 128 || name[0] == '.') return 0;
  for (size_t i = 0; i < n; i++) {
    char c = name[i];
    if (!(c == '.' || c == '_' || c == '-' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
      return 0;
  }
  return 1;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  (void)st;
  (void)flag;
  if (ftw->level == 0) return 0; /* keep the directory itself (it may be a mount point) */
  if (remove(path) != 0 && errno != ENOENT) return 0;
  return 0;
}

/* Empties a directory without following symlinks or crossing mounts. */
static void wipe_dir(const char *dir) { nftw(dir, remove_entry, 32, FTW_DEPTH | FTW_PHYS | FTW_MOUNT); }

static void reset_writable_dirs(void) {
  wipe_dir(WORK_DIR);
  wipe_dir("/tmp");
  wipe_dir("/dev/shm");
}

/* Kills every process of the namespace but ourselves, then reaps them all. */
static void kill_and_reap(struct rusage *total, long *maxrss, int *procs) {
  kill(-1, SIGKILL);
  for (;;) {
    struct rusage ru;
    int status;
    pid_t p = wait4(-1, &status, __WALL, &ru);
    if (p < 0) {
      if (errno == EINTR) continue;
      break; /* ECHILD: nobody left */
    }
    total->ru_utime.tv_sec += ru.ru_utime.tv_sec;
    total->ru_utime.tv_usec += ru.ru_utime.tv_usec;
    total->ru_stime.tv_sec += ru.ru_stime.tv_sec;
    total->ru_stime.tv_usec += ru.ru_stime.tv_usec;
    if (ru.ru_maxrss > *maxrss) *maxrss = ru.ru_maxrss;
    (*procs)++;
  }
}

static long oom_kill_count(void) {
  FILE *f = fopen("/sys/fs/cgroup/memory/memory.oom_control", "r");
  if (!f) return -1;
  char key[64];
  long value, result = -1;
  while (fscanf(f, "%63s %ld", key, &value) == 2)
    if (strcmp(key, "oom_kill") == 0) result = value;
  fclose(f);
  return result;
}

/* CPU of every process in the container, ns; -1 when cgroup accounting is not visible. */
static int cpuacct_fd = -2;
static int64_t container_cpu_ns(void) {
  if (cpuacct_fd == -2) cpuacct_fd = open("/sys/fs/cgroup/cpuacct/cpuacct.usage", O_RDONLY | O_CLOEXEC);
  if (cpuacct_fd < 0) return -1;
  char buf[32];
  ssize_t n = pread(cpuacct_fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return -1;
  buf[n] = '\0';
  return strtoll(buf, NULL, 10);
}

/* ---------- FILE ---------- */

static void cmd_file(const char *args) {
  char name[256], target[16] = "work";
  long size;
  unsigned mode;
  int fields = sscanf(args, "%255s %ld %o %15s", name, &size, &mode, target);
  if (fields < 3 || size < 0 || size > MAX_PAYLOAD || (strcmp(target, "work") != 0 && strcmp(target, "judge") != 0)) {
    reply("ERR bad FILE header");
    _exit(2);
  }
  char *data = malloc((size_t)size + 1);
  if (!data || read_exact(data, (size_t)size) < 0) _exit(2);
  if (!valid_name(name)) {
    free(data);
    reply("ERR invalid file name");
    return;
  }
  int judge = strcmp(target, "judge") == 0;
  uid_t owner = judge ? JUDGE_UID : RUN_UID;
  char path[PATH_MAX];
  snprintf(path, sizeof path, "%s/%s", judge ? JUDGE_BIN_DIR : WORK_DIR, name);
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode & 0755);
  if (fd < 0) {
    free(data);
    reply("ERR cannot create %s: %s", name, strerror(errno));
    return;
  }
  write_all(fd, data, (size_t)size);
  /* Owned by the runner so compilers may rewrite it; mode from the host. */
  if (fchown(fd, owner, owner) != 0 || fchmod(fd, mode & 0755) != 0) {
    close(fd);
    free(data);
    reply("ERR cannot set owner of %s", name);
    return;
  }
  close(fd);
  free(data);
  reply("OK");
}

/* ---------- RUN ---------- */

struct run_request {
  int reset;
  long cpu_ms, wall_ms, mem_kb, out_max, err_max, fsize, stack_kb;
  char **argv, **envp;
};

struct capture {
  int fd;
  char *buf;
  long len, cap, total;
};

static char **split_block(char *block, long size) {
  long count = 0;
  for (long i = 0; i < size; i++)
    if (block[i] == '\0') count++;
  char **list = calloc((size_t)count + 1, sizeof *list);
  if (!list) _exit(2);
  long k = 0;
  for (long i = 0; i < size; i += (long)strlen(block + i) + 1) list[k++] = block + i;
  list[k] = NULL;
  return list;
}

static void set_limit(int resource, rlim_t value) {
  struct rlimit rl = {value, value};
  setrlimit(resource, &rl);
}

#if defined(__x86_64__)
#define NATIVE_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define NATIVE_AUDIT_ARCH AUDIT_ARCH_AARCH64
#else
#error "unsupported architecture"
#endif
#define X32_SYSCALL_BIT 0x40000000u
#define DENY(nr) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (nr), 0, 1), BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM)

/*
 * Stacked on Docker's default profile (filters combine, the strictest answer wins):
 * io_uring (allowed by Docker 20.10's default, and a rich kernel attack surface),
 * the keyring calls (a cross-container side channel), and any non-native ABI
 * (x32 or 32-bit entry points that a filter written for x86-64 would not see).
 */
static int install_seccomp_filter(void) {
  struct sock_filter filter[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, NATIVE_AUDIT_ARCH, 1, 0),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
#if defined(__x86_64__)
      BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, X32_SYSCALL_BIT, 0, 1),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
#endif
      DENY(SYS_io_uring_setup),
      DENY(SYS_io_uring_enter),
      DENY(SYS_io_uring_register),
      DENY(SYS_keyctl),
      DENY(SYS_add_key),
      DENY(SYS_request_key),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog prog = {(unsigned short)(sizeof filter / sizeof filter[0]), filter};
  return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0);
}

/* In the child: become the unprivileged runner and exec. Never returns. */
static void exec_child(const struct run_request *rq, uid_t uid, const char *dir, int in_fd, int out_fd, int err_fd,
                       int status_fd) {
  dup2(in_fd, 0);
  dup2(out_fd, 1);
  dup2(err_fd, 2);
  if (status_fd <= 2) _exit(126);
  syscall(SYS_close_range, 3, ~0U, 0x4 /* CLOSE_RANGE_CLOEXEC */);
  rlim_t cpu_s = (rlim_t)((rq->cpu_ms + 999) / 1000 + RLIMIT_CPU_GRACE_S);
  set_limit(RLIMIT_CPU, cpu_s);
  set_limit(RLIMIT_FSIZE, (rlim_t)rq->fsize);
  set_limit(RLIMIT_CORE, 0);
  set_limit(RLIMIT_NOFILE, 512);
  set_limit(RLIMIT_MSGQUEUE, 0);
  set_limit(RLIMIT_STACK, (rlim_t)rq->stack_kb * 1024);
  int err = 0;
  if (chdir(dir) != 0 || setgroups(0, NULL) != 0 || setgid(uid) != 0 || setuid(uid) != 0 ||
      prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || install_seccomp_filter() != 0) {
    err = errno;
  } else {
    signal(SIGPIPE, SIG_DFL);
    execvpe(rq->argv[0], rq->argv, rq->envp);
    err = errno;
  }
  write(status_fd, &err, sizeof err);
  _exit(127);
}

static int read_into(struct capture *c) {
  char chunk[65536];
  ssize_t n = read(c->fd, chunk, sizeof chunk);
  if (n <= 0) return (int)n;
  c->total += n;
  long room = c->cap - c->len;
  long keep = n < room ? n : room;
  if (keep > 0) {
    memcpy(c->buf + c->len, chunk, (size_t)keep);
    c->len += keep;
  }
  return (int)n;
}

static void drain(struct capture *c) {
  if (c->fd < 0) return;
  while (read_into(c) > 0) {
  }
}

static void cmd_run(const char *args) {
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
 * Runs the submission and the problem's interactor side by side, each one's stdout
 * piped into the other's stdin. The interactor runs as JUDGE_UID in JUDGE_DATA_DIR with
 * the test's input and answer there; the submission (RUN_UID) cannot open that dir.
 */
static void cmd_interact(const char *args) {
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
  close(s2i[0]); close(s2i[1]); close(i2s[0]); close(i2s[1]);
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
    struct pollfd fds[4] = {{sol.done ? -1 : sol.pidfd, POLLIN, 0},
                            {judge.done ? -1 : judge.pidfd, POLLIN, 0},
                            {serr.fd, POLLIN, 0},
                            {ierr.fd, POLLIN, 0}};
    poll(fds, 4, TICK_MS);
    if ((fds[2].revents & (POLLIN | POLLHUP)) && read_into(&serr) == 0) serr.fd = -1;
    if ((fds[3].revents & (POLLIN | POLLHUP)) && read_into(&ierr) == 0) ierr.fd = -1;
    if (fds[0].revents & POLLIN) {
      reap_party(&sol);
      sol_end = now_us();
      if (!first) first = "solution";
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

/* ---------- PROMOTE and GET ---------- */

static int copy_regular(int dir_fd, const char *name, const char *dst_dir, long *budget) {
  int src = openat(dir_fd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (src < 0) return -1;
  struct stat st;
  if (fstat(src, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > *budget) {
    close(src);
    return -1;
  }
  char path[PATH_MAX];
  snprintf(path, sizeof path, "%s/%s", dst_dir, name);
  int dst = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0555);
  if (dst < 0) {
    close(src);
    return -1;
  }
  char buf[65536];
  ssize_t n;
  while ((n = read(src, buf, sizeof buf)) > 0) write_all(dst, buf, (size_t)n);
  *budget -= st.st_size;
  close(src);
  close(dst);
  return 0;
}

/* Copies the build products into the read-only program dir, then empties the work dir. */
static void cmd_promote(const char *args) {
  long size;
  if (sscanf(args, "%ld", &size) != 1 || size <= 0 || size > 65536) {
    reply("ERR bad PROMOTE header");
    _exit(2);
  }
  char *block = malloc((size_t)size);
  if (!block || read_exact(block, (size_t)size) < 0) _exit(2);
  char **patterns = split_block(block, size);
  DIR *dir = opendir(WORK_DIR);
  long budget = MAX_PROMOTE_BYTES;
  int files = 0, failed = 0;
  struct dirent *entry;
  while (dir && (entry = readdir(dir))) {
    if (!valid_name(entry->d_name)) continue;
    for (char **p = patterns; *p; p++) {
      if (fnmatch(*p, entry->d_name, 0) != 0) continue;
      if (copy_regular(dirfd(dir), entry->d_name, PROG_DIR, &budget) == 0) files++;
      else failed++;
      break;
    }
  }
  if (dir) closedir(dir);
  free(patterns);
  free(block);
  reset_writable_dirs();
  if (failed) reply("ERR %d build products were not regular files or too large", failed);
  else reply("OK %d", files);
}

static void cmd_get(const char *args) {
  char name[256];
  long max;
  if (sscanf(args, "%255s %ld", name, &max) != 2 || max < 0 || max > MAX_PAYLOAD) {
    reply("ERR bad GET header");
    _exit(2);
  }
  if (!valid_name(name)) {
    reply("ERR invalid file name");
    return;
  }
  char path[PATH_MAX];
  snprintf(path, sizeof path, "%s/%s", WORK_DIR, name);
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    if (fd >= 0) close(fd);
    reply("ERR %s is missing or not a regular file", name);
    return;
  }
  if (st.st_size > max) {
    close(fd);
    reply("ERR %s is larger than %ld bytes", name, max);
    return;
  }
  char *buf = malloc((size_t)st.st_size + 1);
  long len = 0;
  ssize_t n;
  while (buf && len < st.st_size && (n = read(fd, buf + len, (size_t)(st.st_size - len))) > 0) len += n;
  close(fd);
  reply("DATA %ld", len);
  write_all(1, buf, (size_t)len);
  free(buf);
}

/* ---------- main ---------- */

static int setup_dirs(void) {
  umask(022);
  if (mkdir(SUP_DIR, 0700) != 0 && errno != EEXIST) return -1;
  if (mkdir(PROG_DIR, 0755) != 0 && errno != EEXIST) return -1;
  if (mkdir(WORK_DIR, 0700) != 0 && errno != EEXIST) return -1;
  if (chown(WORK_DIR, RUN_UID, RUN_GID) != 0) return -1;
  if (mkdir(JUDGE_BIN_DIR, 0700) != 0 && errno != EEXIST) return -1;
  if (chown(JUDGE_BIN_DIR, JUDGE_UID, JUDGE_UID) != 0) return -1;
  if (mkdir(JUDGE_DATA_DIR, 0700) != 0 && errno != EEXIST) return -1;
  if (chown(JUDGE_DATA_DIR, JUDGE_UID, JUDGE_UID) != 0) return -1;
  return 0;
}

int main(void) {
  signal(SIGPIPE, SIG_IGN);
  if (getpid() != 1 || getuid() != 0) {
    fprintf(stderr, "arbiter-supervisor must run as uid 0 and PID 1 of its container\n");
    return 2;
  }
  if (setup_dirs() != 0) {
    reply("FATAL cannot prepare /box: %s", strerror(errno));
    return 2;
  }
  reply("READY %s", SUPERVISOR_VERSION);
  char line[MAX_HEADER];
  while (read_line(line, sizeof line) == 0) {
    char *args = strchr(line, ' ');
    args = args ? args + 1 : line + strlen(line);
    if (strncmp(line, "RUN ", 4) == 0) cmd_run(args);
    else if (strncmp(line, "INTERACT ", 9) == 0) cmd_interact(args);
    else if (strncmp(line, "FILE ", 5) == 0) cmd_file(args);
    else if (strncmp(line, "PROMOTE ", 8) == 0) cmd_promote(args);
    else if (strncmp(line, "GET ", 4) == 0) cmd_get(args);
    else if (strcmp(line, "EXIT") == 0) return 0;
    else {
      reply("ERR unknown command");
      return 2;
    }
  }
  return 0;
}
