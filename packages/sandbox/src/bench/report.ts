/** Turns the benchmark's samples into the Markdown report (stdout and bench/results/). */
import type { CpuSamples } from "./cpuAccuracy";
import type { FixedOverheadSamples } from "./fixedOverhead";
import type { PerTestSamples } from "./perTestOverhead";
import { coefficientOfVariation, mean, median, pairedDifferences, quantile, relativeSpread, summarize } from "./stats";

/** Targets from the issue, on the reference 2-core machine. */
export const TARGETS = {
  perTestOverheadMedianMs: 5,
  fixedOverheadMs: 200,
  cpuSpread: 0.05,
} as const;

export interface BenchResults {
  date: Date;
  /** Label → value, in display order. */
  machine: [string, string][];
  c: PerTestSamples;
  python: PerTestSamples;
  /** Host round trips of a GET the supervisor refuses, in ms. */
  roundTripMs: number[];
  fixed: FixedOverheadSamples;
  cpu: CpuSamples & { iterations: number };
  notes: string[];
}

interface Row {
  metric: string;
  value: string;
  target: string;
  /** null: no target, nothing to judge. */
  ok: boolean | null;
}

/** The local calendar date as YYYY-MM-DD, for the report's title and file name. */
export function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const ms = (x: number): string => `${x.toFixed(2)} ms`;
const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;

function overheadRows(label: string, s: PerTestSamples): Row[] {
  const medianMs = median(s.sandboxMs) - median(s.bareMs);
  const p95Ms = quantile(s.sandboxMs, 0.95) - quantile(s.bareMs, 0.95);
  return [
    {
      metric: `Per-test overhead, ${label}: median(sandboxed) − median(bare)`,
      value: ms(medianMs),
      target: `≤ ${TARGETS.perTestOverheadMedianMs} ms`,
      ok: medianMs <= TARGETS.perTestOverheadMedianMs,
    },
    { metric: `Per-test overhead, ${label}: p95(sandboxed) − p95(bare)`, value: ms(p95Ms), target: "—", ok: null },
    {
      metric: `Per-test overhead, ${label}, against the Node-spawn baseline: median − median`,
      value: ms(median(s.sandboxMs) - median(s.bareNodeMs)),
      target: "—",
      ok: null,
    },
  ];
}

export function summaryRows(r: BenchResults): Row[] {
  const fixedMedian = median(r.fixed.totalMs);
  const sandboxSpread = relativeSpread(r.cpu.sandboxUs);
  return [
    ...overheadRows("C", r.c),
    ...overheadRows("Python", r.python),
    {
      metric: "Fixed overhead per run (open → close), median",
      value: ms(fixedMedian),
      target: `≤ ${TARGETS.fixedOverheadMs} ms`,
      ok: fixedMedian <= TARGETS.fixedOverheadMs,
    },
    {
      metric: "Fixed overhead per run (open → close), p95",
      value: ms(quantile(r.fixed.totalMs, 0.95)),
      target: "—",
      ok: null,
    },
    {
      metric: "CPU time, sandboxed / bare getrusage (ratio of means)",
      value: (mean(r.cpu.sandboxUs) / mean(r.cpu.bareUs)).toFixed(4),
      target: "—",
      ok: null,
    },
    {
      metric: `CPU-time spread in the sandbox, (max − min) / median over ${r.cpu.sandboxUs.length}`,
      value: pct(sandboxSpread),
      target: `≤ ${TARGETS.cpuSpread * 100} %`,
      ok: sandboxSpread <= TARGETS.cpuSpread,
    },
    {
      metric: "CPU-time coefficient of variation in the sandbox",
      value: pct(coefficientOfVariation(r.cpu.sandboxUs)),
      target: "—",
      ok: null,
    },
    {
      metric: "CPU-time spread bare, (max − min) / median",
      value: pct(relativeSpread(r.cpu.bareUs)),
      target: "—",
      ok: null,
    },
    {
      metric: "CPU-time coefficient of variation bare",
      value: pct(coefficientOfVariation(r.cpu.bareUs)),
      target: "—",
      ok: null,
    },
  ];
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

function sampleRow(name: string, values: readonly number[], scale = 1): string[] {
  const s = summarize(values.map((v) => v * scale));
  return [
    name,
    String(s.n),
    s.min.toFixed(2),
    s.median.toFixed(2),
    s.p95.toFixed(2),
    s.max.toFixed(2),
    s.mean.toFixed(2),
  ];
}

export function renderReport(r: BenchResults): string {
  const rows = summaryRows(r);
  const verdict = (ok: boolean | null): string => (ok === null ? "" : ok ? "✓" : "✗");
  const ms2 = (x: readonly number[]): string => x.map((v) => (v / 1000).toFixed(1)).join(", ");
  return [
    `# Sandbox benchmark, ${localDate(r.date)}`,
    "",
    table(
      ["Metric", "Value", "Target", "OK"],
      rows.map((row) => [row.metric, row.value, row.target, verdict(row.ok)]),
    ),
    "",
    "## Machine",
    "",
    ...r.machine.map(([label, value]) => `- ${label}: ${value}`),
    "",
    "## Raw numbers (ms)",
    "",
    table(
      ["Sample", "n", "min", "median", "p95", "max", "mean"],
      [
        sampleRow("C: sandbox.run(), host wall", r.c.sandboxMs),
        sampleRow("C: supervisor wall (result.wallTimeUs)", r.c.supervisorMs),
        sampleRow(
          "C: host wall − supervisor wall, paired (outside the step)",
          pairedDifferences(r.c.sandboxMs, r.c.supervisorMs),
        ),
        sampleRow("C: bare, harness fork → reaped", r.c.bareMs),
        sampleRow("C: bare via Node spawn → exit", r.c.bareNodeMs),
        sampleRow("Python: sandbox.run(), host wall", r.python.sandboxMs),
        sampleRow("Python: supervisor wall (result.wallTimeUs)", r.python.supervisorMs),
        sampleRow(
          "Python: host wall − supervisor wall, paired (outside the step)",
          pairedDifferences(r.python.sandboxMs, r.python.supervisorMs),
        ),
        sampleRow("Python: bare, harness fork → reaped", r.python.bareMs),
        sampleRow("Python: bare via Node spawn → exit", r.python.bareNodeMs),
        sampleRow("Protocol round trip (GET of a missing file)", r.roundTripMs),
        sampleRow("Sandbox.open()", r.fixed.openMs),
        sampleRow("Sandbox.close()", r.fixed.closeMs),
        sampleRow("open → close", r.fixed.totalMs),
        ...r.fixed.phases
          .filter(([, values]) => values.length > 0)
          .map(([name, values]) => sampleRow(`  ${name}`, values)),
        sampleRow("CPU burner: sandbox cpuTimeUs", r.cpu.sandboxUs, 1 / 1000),
        sampleRow("CPU burner: bare getrusage", r.cpu.bareUs, 1 / 1000),
      ],
    ),
    "",
    `CPU burner (${r.cpu.iterations} iterations), CPU time per repeat in ms, in run order:`,
    "",
    `- sandbox: ${ms2(r.cpu.sandboxUs)}`,
    `- bare: ${ms2(r.cpu.bareUs)}`,
    "",
    "## Method",
    "",
    ...r.notes.map((note) => `- ${note}`),
    "",
  ].join("\n");
}
