// Accepts any two positive integers that add up to n (ICPC convention: 42 accepts, 43 rejects).
#include "validate.h"

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  std::FILE* in = std::fopen(argv[1], "r");
  long long n = 0;
  if (!in || std::fscanf(in, "%lld", &n) != 1) return 1;
  long long a = 0, b = 0;
  if (std::scanf("%lld %lld", &a, &b) != 2) validate::reject(argv[3], "expected two integers");
  char extra = 0;
  if (std::scanf(" %c", &extra) == 1) validate::reject(argv[3], "trailing output");
  if (a <= 0 || b <= 0) validate::reject(argv[3], "both numbers must be positive");
  if (a + b != n) validate::reject(argv[3], "the numbers do not add up to n");
  validate::accept();
}
