/**
 * `npm run bench:similarity`: the time of the similarity engine over 200 Python programs
 * of 100–300 lines (one in ten a renamed copy of another), as a check runs it in the
 * worker (a child process), then ranking and clustering. Needs no services.
 */
import { findClusters, MAX_STORED_PAIRS, rankPairs } from "@arbiter/core/similarity";
import { LANGUAGES } from "@arbiter/shared";
import { processEngine } from "../similarity/processEngine";
import { renamedCopy, syntheticProgram } from "./syntheticPrograms";

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 200);

async function main(): Promise<void> {
  const files = Array.from({ length: SUBMISSIONS }, (_, i) => {
    const lines = 100 + ((i * 37) % 201);
    const source =
      i % 10 === 9
        ? renamedCopy(syntheticProgram(i - 1, 100 + (((i - 1) * 37) % 201)), "x")
        : syntheticProgram(i, lines);
    return { id: `s${i}`, source };
  });
  const lineCounts = files.map((f) => f.source.split("\n").length);
  const started = performance.now();
  const pairs = await processEngine.compare({
    parser: "python",
    files,
    ignored: LANGUAGES.python3.starterTemplate,
    fragmentPairs: MAX_STORED_PAIRS,
  });
  const compared = performance.now();
  const ranked = rankPairs([{ language: "python3", pairs }]);
  const clusters = findClusters(pairs, 0.75, new Map());
  const done = performance.now();
  const copiesFound = ranked.filter((p) => p.similarity > 0.8).length;
  process.stdout.write(
    [
      `similarity check over ${files.length} python3 submissions of ${Math.min(...lineCounts)}–${Math.max(...lineCounts)} lines`,
      `  engine (Dolos, child process): ${((compared - started) / 1000).toFixed(1)} s, ${pairs.length} pairs`,
      `  rank + clusters:               ${((done - compared) / 1000).toFixed(2)} s, ${ranked.length} kept, ${clusters.length} clusters`,
      `  total:                         ${((done - started) / 1000).toFixed(1)} s (target ≤ 30 s)`,
      `  renamed copies above 0.8:      ${copiesFound} of ${Math.floor(files.length / 10)}`,
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
