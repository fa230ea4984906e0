/* Helpers shared by the commands. */
#include "supervisor.h"

/* ---------- helpers ---------- */

int64_t now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* A plain file name: no slash, no leading dot, so it cannot leave the work dir. */
int valid_name(const char *name) {
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
void wipe_dir(const char *dir) { nftw(dir, remove_entry, 32, FTW_DEPTH | FTW_PHYS | FTW_MOUNT); }

void reset_writable_dirs(void) {
  wipe_dir(WORK_DIR);
  wipe_dir("/tmp");
  wipe_dir("/dev/shm");
}

/* Kills every process of the namespace but ourselves, then reaps them all. */
void kill_and_reap(struct rusage *total, long *maxrss, int *procs) {
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

long oom_kill_count(void) {
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
int64_t container_cpu_ns(void) {
  if (cpuacct_fd == -2) cpuacct_fd = open("/sys/fs/cgroup/cpuacct/cpuacct.usage", O_RDONLY | O_CLOEXEC);
  if (cpuacct_fd < 0) return -1;
  char buf[32];
  ssize_t n = pread(cpuacct_fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return -1;
  buf[n] = '\0';
  return strtoll(buf, NULL, 10);
}

char **split_block(char *block, long size) {
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

void set_limit(int resource, rlim_t value) {
  struct rlimit rl = {value, value};
  setrlimit(resource, &rl);
}

int read_into(struct capture *c) {
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

void drain(struct capture *c) {
  if (c->fd < 0) return;
  while (read_into(c) > 0) {
  }
}
