/* arbiter-supervisor: see supervisor.h for what it is and its protocol. */
#include "supervisor.h"

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
