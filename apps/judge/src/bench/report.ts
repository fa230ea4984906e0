import { percentile } from "./stats";

export interface WorkloadResult {
  name: string;
  /** Submissions in the burst, and how long the burst took from the first submit to the last verdict, in ms. */
  burst: number;
  burstMs: number;
  /** Submit → final verdict under the burst, in ms. */
  burstLatencyMs: number[];
  /** Submit → final verdict with an idle queue, one submission at a time, in ms. */
  idleLatencyMs: number[];
  /** One submission judged bare on the host, in ms. */
  bareMs: number[];
  /** Sandbox slots of the worker (the bare figure assumes as many parallel bare judges). */
  slots: number;
  /** Median ms per step of the one-at-a-time judgings (see BREAKDOWN_STEPS). */
  breakdown: Record<string, number>;
}

/** The steps of a judging's path, in order; "storing" overlaps "tests" (results are written while the next test runs). */
export const BREAKDOWN_STEPS = [
  "queue wait",
  "load",
  "container open",
  "compile",
  "test data",
  "tests",
  "checker",
  "storing",
  "publishing",
] as const;

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  docker: string;
  node: string;
  durationS: number;
  /** 1-minute load average before and after: the machine may be shared. */
  load: [number, number];
}

const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
const perMinute = (count: number, totalMs: number): number => (count * 60_000) / totalMs;

/** Throughput and latency figures of one workload, as table cells. */
export function summarize(r: WorkloadResult) {
  const judged = perMinute(r.burst, r.burstMs);
  const bareMean = r.bareMs.reduce((a, b) => a + b, 0) / r.bareMs.length;
  const bare = (60_000 / bareMean) * r.slots;
  const p50 = percentile(r.idleLatencyMs, 50);
  const bareP50 = percentile(r.bareMs, 50);
  return {
    judged,
    bare,
    throughputRatio: judged / bare,
    p50,
    p95: percentile(r.idleLatencyMs, 95),
    bareP50,
    latencyRatio: p50 / bareP50,
    burstP50: percentile(r.burstLatencyMs, 50),
    burstP95: percentile(r.burstLatencyMs, 95),
  };
}

export function renderTable(results: WorkloadResult[]): string {
  const lines = [
    "| Workload | Judged / min | Bare / min | Judged ÷ bare | Latency p50 | Latency p95 | Bare p50 | p50 ÷ bare | Under a burst: p50 / p95 |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of results) {
    const s = summarize(r);
    lines.push(
      `| ${r.name} | ${s.judged.toFixed(1)} | ${s.bare.toFixed(1)} | ${s.throughputRatio.toFixed(2)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.bareP50)} | ${s.latencyRatio.toFixed(1)}× | ${ms(s.burstP50)} / ${ms(s.burstP95)} |`,
    );
  }
  return lines.join("\n");
}

/** Where the time of a judging goes, median per step over the one-at-a-time submissions. */
export function renderBreakdown(results: WorkloadResult[]): string {
  const lines = [
    `| Workload | ${BREAKDOWN_STEPS.join(" | ")} | bare p50 |`,
    `| --- |${BREAKDOWN_STEPS.map(() => " --- |").join("")} --- |`,
  ];
  for (const r of results) {
    const cells = BREAKDOWN_STEPS.map((step) => ms(r.breakdown[step] ?? 0));
    lines.push(`| ${r.name} | ${cells.join(" | ")} | ${ms(percentile(r.bareMs, 50))} |`);
  }
  return lines.join("\n");
}

/** The benchmark's last line: the ratios the targets are stated in. */
export function renderRatios(results: WorkloadResult[]): string {
  const find = (prefix: string) => results.find((r) => r.name.startsWith(prefix));
  const fmt = (r: WorkloadResult | undefined, pick: (s: ReturnType<typeof summarize>) => number) =>
    r ? pick(summarize(r)).toFixed(2) : "n/a";
  const [python, cpp] = [find("Python"), find("C++")];
  return `judge ÷ bare: throughput python ${fmt(python, (s) => s.throughputRatio)} cpp ${fmt(cpp, (s) => s.throughputRatio)}; latency python ${fmt(python, (s) => s.latencyRatio)} cpp ${fmt(cpp, (s) => s.latencyRatio)}`;
}

export function renderReport(results: WorkloadResult[], machine: Machine): string {
  const slots = results[0]?.slots ?? 1;
  return `# Judge benchmark, ${machine.date.slice(0, 10)}

${renderTable(results)}

## Where the time goes (median ms per one-at-a-time judging)

${renderBreakdown(results)}

${renderRatios(results)}

## How it was measured

- **Path**: \`createSubmission\` (the function the web's submit route calls) → BullMQ → a judge worker built
  with \`createWorker\` in the same process (real sandbox containers, PostgreSQL and Redis), until the final
  verdict's event arrives on the submission's Redis channel. The web app's HTTP layer was **not** part of
  this run (the benchmark does not start it); it adds one request each way.
- **Judged / min**: a burst of submissions enqueued at once, from the first submit to the last verdict, with
  ${slots} sandbox slot${slots === 1 ? "" : "s"} (ARBITER_CONCURRENCY).
- **Latency**: submit → final verdict, one submission at a time on an idle queue (p50 / p95); the last
  column is the same under the burst, where it includes waiting in the queue.
- **Bare**: the same compile and the same tests run directly on the host (no container, queue or database),
  one submission after another; Bare / min assumes ${slots} such judge${slots === 1 ? "" : "s"} in parallel. The ratios show
  what isolation, persistence and queueing cost.

## Raw numbers

${results
  .map(
    (
      r,
    ) => `- ${r.name}: burst of ${r.burst} in ${ms(r.burstMs)}; idle latency ms [${r.idleLatencyMs.map((x) => x.toFixed(0)).join(", ")}];
  bare ms [${r.bareMs.map((x) => x.toFixed(0)).join(", ")}]`,
  )
  .join("\n")}

## Machine

- Date: ${machine.date}
- CPU: ${machine.cpu}, ${machine.cores} cores; sandbox slots: ${slots}
- Docker server: ${machine.docker}
- Node: ${machine.node}
- Load average (1 min) before / after: ${machine.load[0].toFixed(2)} / ${machine.load[1].toFixed(2)}
- Benchmark duration: ${machine.durationS.toFixed(0)} s
`;
}
