/** The programs the benchmark runs, identical in the sandbox and on the host. */

/** A+B in C: two integers in, their sum out. */
export const A_PLUS_B_C = `#include <stdio.h>
int main(void) {
  long long a, b;
  if (scanf("%lld %lld", &a, &b) != 2) return 1;
  printf("%lld\\n", a + b);
  return 0;
}
`;

/** A+B in Python. */
export const A_PLUS_B_PYTHON = `a, b = map(int, input().split())
print(a + b)
`;

export const A_PLUS_B_INPUT = Buffer.from("123456789 987654321\n");
export const A_PLUS_B_ANSWER = "1111111110";

/**
 * A deterministic CPU burner: argv[1] iterations of a dependent integer chain on a
 * volatile accumulator, so the compiler can neither drop nor vectorise the loop. It
 * makes no system calls inside the loop: its CPU time is all user time.
 */
export const CPU_BURN_C = `#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  unsigned long n = argc > 1 ? strtoul(argv[1], NULL, 10) : 0;
  volatile unsigned long acc = 1;
  for (unsigned long i = 0; i < n; i++) acc = acc * 6364136223846793005UL + i;
  printf("%lu\\n", acc);
  return 0;
}
`;
