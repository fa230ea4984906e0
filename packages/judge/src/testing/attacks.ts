import type { LanguageId, Verdict } from "@arbiter/shared";

/**
 * Hostile programs and the exact verdict each must get. Programs that probe the walls
 * print "open <what>" for every probe that got through, then the answer "3": AC means
 * every probe was refused, and a leak shows up as WA with the leak named in stdout.
 * Input is "1 2\n" and the answer "3\n" unless a fixture says otherwise.
 */
export interface AttackFixture {
  name: string;
  language: LanguageId;
  source: string;
  verdict: Verdict;
  /** Substring the compiler output must contain (for CE fixtures). */
  compileOutput?: string;
  timeLimitMs?: number;
  memoryLimitMb?: number;
  answer?: string;
}

const C_PRELUDE = `#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
`;

const c = (body: string): string => `${C_PRELUDE}\n${body}\n`;

/** Connects over TCP to each target; prints "open <target>" for any that answers, then 3. */
const networkProbe = (targets: [string, number][]): string =>
  c(`static void probe(const char *ip, int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return;
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET; a.sin_port = htons(port); inet_pton(AF_INET, ip, &a.sin_addr);
  if (connect(fd, (struct sockaddr *)&a, sizeof a) == 0) printf("open %s:%d\\n", ip, port);
  close(fd);
}
int main(void) {
${targets.map(([ip, port]) => `  probe("${ip}", ${port});`).join("\n")}
  puts("3");
  return 0;
}`);

export const ATTACKS: AttackFixture[] = [
  // --- processes ---
  {
    name: "fork bomb",
    language: "c",
    source: c(`int main(void) { for (;;) fork(); }`),
    verdict: "TLE",
  },
  {
    name: "setsid daemon that outlives the program",
    language: "c",
    source: c(`int main(void) {
  if (fork() == 0) { setsid(); for (;;) {} }
  puts("3"); return 0; }`),
    verdict: "AC",
  },
  {
    name: "double-fork daemon",
    language: "c",
    source: c(`int main(void) {
  if (fork() == 0) { if (fork() == 0) { sleep(1000); } _exit(0); }
  wait(NULL); puts("3"); return 0; }`),
    verdict: "AC",
  },
  {
    name: "parent exits while its child keeps the output pipe",
    language: "c",
    source: c(`int main(void) {
  puts("3"); fflush(stdout);
  if (fork() == 0) { usleep(300000); for (;;) { write(1, "spam\\n", 5); usleep(1000); } }
  return 0; }`),
    verdict: "AC",
  },
  {
    name: "threads burning CPU are all counted",
    language: "c",
    source: `#include <pthread.h>
#include <stdio.h>
static void *spin(void *arg) { (void)arg; volatile unsigned long x = 0; for (;;) x++; return NULL; }
int main(void) { pthread_t t[4]; for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, spin, NULL); spin(NULL); }
`,
    verdict: "TLE",
  },
  {
    name: "sleeping forever",
    language: "python3",
    source: "import time\ntime.sleep(3600)\n",
    verdict: "TLE",
  },
  {
    name: "signalling the supervisor (parent and PID 1)",
    language: "c",
    source: c(`int main(void) {
  if (kill(getppid(), SIGKILL) == 0) puts("open kill parent");
  if (kill(1, SIGSTOP) == 0) puts("open stop pid 1");
  puts("3"); return 0; }`),
    verdict: "AC",
  },
  // --- memory ---
  {
    name: "C heap bomb",
    language: "c",
    source: c(`int main(void) { for (;;) { char *p = malloc(1 << 20); if (!p) return 1; memset(p, 1, 1 << 20); } }`),
    verdict: "MLE",
  },
  {
    name: "C static data bomb",
    language: "c",
    source: c(`static char big[512 << 20];
int main(void) { memset(big, 1, sizeof big); printf("%d\\n", big[12345]); return 0; }`),
    verdict: "MLE",
  },
  {
    name: "C stack bomb",
    language: "c",
    source: c(`static int deep(int n) { volatile char pad[4096]; pad[0] = (char)n; return deep(n + 1) + pad[0]; }
int main(void) { return deep(0); }`),
    verdict: "MLE",
  },
  {
    name: "Python heap bomb",
    language: "python3",
    source: "x = []\nwhile True:\n    x.append(bytearray(1 << 20))\n",
    verdict: "MLE",
  },
  {
    name: "Python recursion bomb",
    language: "python3",
    source: "import sys\nsys.setrecursionlimit(10**8)\ndef f(n):\n    return f(n + 1) + 1\nf(0)\n",
    verdict: "MLE",
    memoryLimitMb: 64,
  },
  {
    name: "Java heap bomb",
    language: "java",
    source: `import java.util.*;
public class Main { public static void main(String[] a) { List<long[]> l = new ArrayList<>(); for (;;) l.add(new long[1 << 20]); } }
`,
    verdict: "MLE",
    memoryLimitMb: 128,
    timeLimitMs: 3000,
  },
  {
    name: "Java static data bomb",
    language: "java",
    source: `public class Main { static long[] big = new long[1 << 28]; public static void main(String[] a) { System.out.println(big.length); } }
`,
    verdict: "MLE",
    memoryLimitMb: 128,
    timeLimitMs: 3000,
  },
  {
    name: "Java stack overflow",
    language: "java",
    source: `public class Main { static int f(int n) { return f(n + 1) + 1; } public static void main(String[] a) { System.out.println(f(0)); } }
`,
    verdict: "RE",
    // The JVM needs its 64 MiB thread stack plus ~35 MiB of its own; at 128 MiB this is a (correct) MLE.
    memoryLimitMb: 512,
    timeLimitMs: 3000,
  },
  // --- output and disk ---
  {
    name: "stdout flood",
    language: "c",
    source: c(`int main(void) { for (;;) fputs("flood flood flood flood\\n", stdout); }`),
    verdict: "OLE",
  },
  {
    name: "stderr flood",
    language: "c",
    source: c(`int main(void) { for (;;) fputs("flood flood flood flood\\n", stderr); }`),
    verdict: "OLE",
  },
  {
    name: "filling the disk with files stops at the tmpfs cap",
    language: "python3",
    source: [
      "import os",
      "total = 0",
      "try:",
      "    for i in range(100000):",
      "        with open(f'/tmp/fill{i}', 'wb') as f:",
      "            f.write(b'x' * (1 << 20))",
      "        total += 1 << 20",
      "except OSError:",
      "    pass",
      "if total > 600 * (1 << 20): print('open uncapped disk')",
      "print(3)",
      "",
    ].join("\n"),
    verdict: "AC",
    memoryLimitMb: 256,
    timeLimitMs: 5000,
  },
  {
    name: "one huge file hits the file size limit",
    language: "c",
    source: c(
      `int main(void) { FILE *f = fopen("big", "w"); char b[65536] = {0}; for (;;) fwrite(b, 1, sizeof b, f); }`,
    ),
    verdict: "RE",
    memoryLimitMb: 256,
    timeLimitMs: 5000,
  },
  // --- network ---
  {
    name: "network to an outside address",
    language: "c",
    source: networkProbe([
      ["192.0.2.1", 80],
      ["192.0.2.1", 53],
    ]),
    verdict: "AC",
  },
  {
    name: "network to loopback and the host's PostgreSQL and Redis ports",
    language: "c",
    source: networkProbe([
      ["127.0.0.1", 55432],
      ["127.0.0.1", 56379],
      ["127.0.0.1", 5432],
      ["127.0.0.1", 6379],
      ["127.0.0.1", 3000],
    ]),
    verdict: "AC",
  },
  {
    name: "network to the Docker bridge gateway",
    language: "c",
    source: networkProbe([
      ["172.17.0.1", 55432],
      ["172.17.0.1", 56379],
      ["172.17.0.1", 2375],
      ["172.17.0.1", 3000],
    ]),
    verdict: "AC",
  },
  {
    name: "name resolution",
    language: "python3",
    source:
      "import socket\ntry:\n    socket.getaddrinfo('deb.debian.org', 80)\n    print('open dns')\nexcept OSError:\n    pass\nprint(3)\n",
    verdict: "AC",
  },
  // --- reading what is not ours ---
  {
    name: "reading /etc/shadow, the supervisor's files and PID 1 through /proc",
    language: "c",
    source:
      c(`static void try_open(const char *p) { int fd = open(p, O_RDONLY); if (fd >= 0) { printf("open %s\\n", p); close(fd); } }
int main(void) {
  try_open("/etc/shadow"); try_open("/box/sup/stdin"); try_open("/box/sup");
  try_open("/proc/1/environ"); try_open("/proc/1/mem"); try_open("/proc/1/fd/0"); try_open("/proc/1/root/box/sup/stdin");
  puts("3"); return 0; }`),
    verdict: "AC",
  },
  {
    name: "looking for test data anywhere on the filesystem",
    language: "python3",
    // The answer of this test is unique; no file in the container may contain it.
    source: [
      "import os",
      "marker = str(73519842000 + 66).encode()  # not spelled out, or this source would match",
      "found = False",
      "for root, dirs, files in os.walk('/'):",
      "    if root.startswith(('/proc', '/sys', '/usr', '/dev')):",
      "        dirs[:] = []",
      "        continue",
      "    for name in files:",
      "        try:",
      "            with open(os.path.join(root, name), 'rb') as f:",
      "                if marker in f.read(1 << 20):",
      "                    found = True",
      "        except OSError:",
      "            pass",
      "if found: print('open test data')",
      "print(3)",
      "",
    ].join("\n"),
    verdict: "WA",
    answer: "73519842066\n",
    timeLimitMs: 5000,
  },
  {
    name: "reading the worker's environment",
    language: "python3",
    source:
      "import os\nleaked = [k for k in os.environ if k not in ('PATH', 'HOME', 'LANG', 'TMPDIR', 'PWD')]\nif leaked: print('open', *leaked)\nprint(3)\n",
    verdict: "AC",
  },
  {
    name: "privileged calls: reboot, mount, keyctl, io_uring, unshare, ptrace",
    language: "c",
    source: c(`#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/ptrace.h>
static void r(const char *what, long rc) { if (rc != -1) printf("open %s\\n", what); }
int main(void) {
  char params[120] = {0};
  r("reboot", reboot(RB_POWER_OFF));
  r("mount", mount("none", "/mnt", "tmpfs", 0, ""));
  r("keyctl", syscall(SYS_keyctl, 0, 0, 0, 0, 0));
  r("add_key", syscall(SYS_add_key, "user", "k", "v", 1, -3));
  r("io_uring", syscall(SYS_io_uring_setup, 4, params));
  r("unshare", syscall(SYS_unshare, 0x10000000));
  r("ptrace", ptrace(PTRACE_ATTACH, 1, 0, 0));
  puts("3"); return 0; }`),
    verdict: "AC",
  },
  {
    // Objects in the container's IPC namespace outlive the test that made them, so test 1
    // could leave data (or an answer it read) for test 2 of the same run.
    name: "SysV IPC and POSIX message queues: shared memory, messages, semaphores",
    language: "c",
    source: c(`#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <mqueue.h>
static void r(const char *what, long rc) { if (rc != -1) printf("open %s\\n", what); }
int main(void) {
  r("shmget", shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600));
  r("shmget by key", shmget(0x41524231, 4096, IPC_CREAT | 0600));
  r("shmat", (long)shmat(0, NULL, 0) == -1 ? -1 : 0);
  r("msgget", msgget(IPC_PRIVATE, IPC_CREAT | 0600));
  r("semget", semget(IPC_PRIVATE, 1, IPC_CREAT | 0600));
  r("mq_open", (long)mq_open("/arbiter-probe", O_CREAT | O_RDWR, 0600, NULL));
  puts("3"); return 0; }`),
    verdict: "AC",
  },
  // --- language-level "escapes" that the OS still holds ---
  {
    name: "Python object-graph escape to os.system",
    language: "python3",
    source: [
      "for cls in ().__class__.__bases__[0].__subclasses__():",
      "    if cls.__name__ == '_wrap_close':",
      "        system = cls.__init__.__globals__['system']",
      "        if system('cat /etc/shadow >/dev/null 2>&1') == 0: print('open shadow')",
      "        if system('cat /box/sup/stdin >/dev/null 2>&1') == 0: print('open supervisor files')",
      "print(3)",
      "",
    ].join("\n"),
    verdict: "AC",
  },
  {
    name: "Python traceback-frame escape to __import__ and sockets",
    language: "python3",
    source: [
      "try:",
      "    1 / 0",
      "except ZeroDivisionError as e:",
      "    imp = e.__traceback__.tb_frame.f_globals['__builtins__'].__import__",
      "socket = imp('socket')",
      "s = socket.socket()",
      "s.settimeout(2)",
      "try:",
      "    s.connect(('172.17.0.1', 55432))",
      "    print('open postgres')",
      "except OSError:",
      "    pass",
      "ctypes = imp('ctypes')",
      "libc = ctypes.CDLL(None)",
      "if libc.syscall(425, 4, ctypes.create_string_buffer(120)) != -1: print('open io_uring')",
      "print(3)",
      "",
    ].join("\n"),
    verdict: "AC",
  },
  // --- compile-time bombs ---
  {
    name: 'compile-time #include "/dev/zero"',
    language: "cpp",
    source: '#include "/dev/zero"\nint main(){}\n',
    verdict: "CE",
  },
  {
    name: "compile-time #include __FILE__ recursion",
    language: "cpp",
    source: "#include __FILE__\nint main(){}\n",
    verdict: "CE",
    compileOutput: "#include nested",
  },
  {
    name: "compile-time template explosion",
    language: "cpp",
    source: `template<int N> struct F { static const long v = F<N-1>::v + F<N-2>::v; };
template<> struct F<1> { static const long v = 1; };
template<> struct F<0> { static const long v = 0; };
template<int N, int M> struct G { using T = typename G<N-1, M>::T; };
template<int M> struct G<0, M> { using T = int; };
int main() { return (int)F<100000>::v + sizeof(G<100000, 1>::T); }
`,
    verdict: "CE",
  },
  {
    name: "compile-time read of a secret file",
    language: "c",
    source: '#include "/etc/shadow"\nint main(void){return 0;}\n',
    verdict: "CE",
    compileOutput: "Permission denied",
  },
  // --- output details ---
  {
    name: "NUL byte in output",
    language: "c",
    source: c(`int main(void) { fwrite("3\\0\\n", 1, 3, stdout); return 0; }`),
    verdict: "WA",
  },
  {
    name: "missing final newline",
    language: "c",
    source: c(`int main(void) { fputs("3", stdout); return 0; }`),
    verdict: "AC",
  },
];

/**
 * Programs that read hidden answers back through the only thing a judging shows per
 * test besides its verdict: they solve A+B, then allocate ((a+b) mod 50) MiB and spin for
 * ((a+b) mod 50) × 10 ms, so each hidden test's memory and time spell out its answer.
 * The judge measures them honestly; `discloseResults` must keep those numbers from
 * students (sideChannel.integration.test.ts, and apps/web/tests/security.e2e.test.ts
 * through the REST API and the live stream).
 */
export const SIDE_CHANNEL_PROBES: { language: LanguageId; source: string }[] = [
  {
    language: "python3",
    source: [
      "import sys, time",
      "a, b = map(int, sys.stdin.read().split())",
      "k = (a + b) % 50",
      "hog = bytearray(k * 1024 * 1024)",
      "for i in range(0, len(hog), 4096): hog[i] = 1",
      "end = time.process_time() + k / 100",
      "while time.process_time() < end: pass",
      "print(a + b)",
      "",
    ].join("\n"),
  },
];
