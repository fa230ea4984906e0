/* FILE, PROMOTE and GET: files in and out of the box, never through a symlink. */
#include "supervisor.h"

/* ---------- FILE ---------- */

void cmd_file(const char *args) {
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
void cmd_promote(const char *args) {
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

void cmd_get(const char *args) {
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
  /* A refusal is an answer about the file, not a failure of the box: the host tells them apart. */
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0 && errno == ENOENT) {
    reply("REFUSED missing %s does not exist", name);
    return;
  }
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    if (fd >= 0) close(fd);
    reply("REFUSED not-regular %s is not a regular file", name);
    return;
  }
  if (st.st_size > max) {
    close(fd);
    reply("REFUSED too-large %s is larger than %ld bytes", name, max);
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
