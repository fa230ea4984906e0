/* The request/reply stream: buffered reads of stdin, whole writes to stdout. */
#include "supervisor.h"

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

int read_line(char *line, size_t cap) {
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

int read_exact(char *dst, size_t n) {
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

void write_all(int fd, const char *buf, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, buf, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) _exit(3); /* the host went away: nothing left to serve */
    buf += w;
    n -= (size_t)w;
  }
}

void reply(const char *fmt, ...) {
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
