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
 *   GET <name> <max>\n                          -> DATA <size>\n<bytes>
 *                                                 | REFUSED missing|not-regular|too-large <msg> | ERR <msg>
 *   INTERACT <cpu_ms> <wall_ms> <mem_kb> <err_max> <fsize> <stack_kb> <judge_cpu_ms> <argv_bytes>
 *       <env_bytes> <judge_argv_bytes> <input_bytes> <answer_bytes>\n<argv><env><judge argv><input><answer>
 *                                               -> IRESULT ... \n<stderr><judge stderr><judge message>
 *   EXIT\n
 * RESULT <status> <exit_code> <signal> <cpu_us> <wall_us> <maxrss_kb> <oom_kills>
 *        <out_len> <out_truncated> <err_len> <err_truncated> <processes>
 * status: exited | signaled | cpu | wall | output | setup
 */
#ifndef ARBITER_SUPERVISOR_H
#define ARBITER_SUPERVISOR_H

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

#define SUPERVISOR_VERSION "4"
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

/* What a step may use and how to start it (RUN; INTERACT builds two of these). */
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

/* io.c: the request/reply stream over stdin/stdout. */
int read_line(char *line, size_t cap);
int read_exact(char *dst, size_t n);
void write_all(int fd, const char *buf, size_t n);
void reply(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* common.c: clocks, names, cleaning up, cgroup readings, captured pipes. */
int64_t now_us(void);
int valid_name(const char *name);
void wipe_dir(const char *dir);
void reset_writable_dirs(void);
void kill_and_reap(struct rusage *total, long *maxrss, int *procs);
long oom_kill_count(void);
int64_t container_cpu_ns(void);
char **split_block(char *block, long size);
void set_limit(int resource, rlim_t value);
int read_into(struct capture *c);
void drain(struct capture *c);

/* exec.c: becoming the unprivileged runner (or the interactor's uid) and exec. */
void exec_child(const struct run_request *rq, uid_t uid, const char *dir, int in_fd, int out_fd, int err_fd,
                int status_fd);

/* The commands. */
void cmd_run(const char *args);
void cmd_interact(const char *args);
void cmd_file(const char *args);
void cmd_promote(const char *args);
void cmd_get(const char *args);

#endif
