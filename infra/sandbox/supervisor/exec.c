/* Starting a step's process: rlimits, uid switch, seccomp filter, exec. */
#include "supervisor.h"

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
 * the keyring calls (a cross-container side channel), SysV IPC and POSIX message
 * queues (objects that live in the container's IPC namespace, not in a process, so
 * one test's shared memory was still there for the next test of the same run), and
 * any non-native ABI (x32 or 32-bit entry points that a filter written for x86-64
 * would not see; that is also where the multiplexed ipc() call lives).
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
      DENY(SYS_shmget),
      DENY(SYS_shmat),
      DENY(SYS_shmctl),
      DENY(SYS_shmdt),
      DENY(SYS_msgget),
      DENY(SYS_msgsnd),
      DENY(SYS_msgrcv),
      DENY(SYS_msgctl),
      DENY(SYS_semget),
      DENY(SYS_semop),
      DENY(SYS_semtimedop),
      DENY(SYS_semctl),
#ifdef SYS_ipc
      DENY(SYS_ipc),
#endif
      DENY(SYS_mq_open),
      DENY(SYS_mq_unlink),
      DENY(SYS_mq_timedsend),
      DENY(SYS_mq_timedreceive),
      DENY(SYS_mq_notify),
      DENY(SYS_mq_getsetattr),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog prog = {(unsigned short)(sizeof filter / sizeof filter[0]), filter};
  return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0);
}

/* In the child: become the unprivileged runner and exec. Never returns. */
void exec_child(const struct run_request *rq, uid_t uid, const char *dir, int in_fd, int out_fd, int err_fd,
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
