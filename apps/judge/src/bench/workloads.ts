import type { LanguageId } from "@arbiter/shared";

export interface Workload {
  name: string;
  language: LanguageId;
  source: string;
  /** [input, answer] per test. */
  tests: [string, string][];
  /** Submissions enqueued at once for the throughput figure. */
  burst: number;
}

/** Deterministic A+B tests (a small LCG, so every run judges the same data). */
export function aplusbTests(count: number, seed: number): [string, string][] {
  let state = seed;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state - 2 ** 30;
  };
  return Array.from({ length: count }, () => {
    const a = next();
    const b = next();
    return [`${a} ${b}\n`, `${a + b}\n`];
  });
}

export const PYTHON_APLUSB = "a, b = map(int, open(0).read().split())\nprint(a + b)\n";
export const CPP_APLUSB = "#include <iostream>\nint main(){long long a,b;std::cin>>a>>b;std::cout<<a+b<<'\\n';}\n";

export function workloads(scale: number): Workload[] {
  return [
    {
      name: "Python A+B, 10 tests",
      language: "python3",
      source: PYTHON_APLUSB,
      tests: aplusbTests(10, 1),
      burst: Math.ceil(30 * scale),
    },
    {
      name: "C++ A+B, 30 tests",
      language: "cpp",
      source: CPP_APLUSB,
      tests: aplusbTests(30, 2),
      burst: Math.ceil(12 * scale),
    },
  ];
}
