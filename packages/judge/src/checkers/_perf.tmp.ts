import { checkDefault } from "./defaultChecker";
const n = 2_000_000;
const ans = Buffer.from(Array.from({ length: n }, (_, i) => (i * 1.2345).toFixed(6)).join("\n") + "\n");
const out = Buffer.from(ans);
console.log("MB", (ans.length / 1e6).toFixed(1));
for (const flags of [{}, { caseSensitive: false }, { spaceChangeSensitive: true }, { floatAbsoluteTolerance: 1e-6 }, {}]) {
  const t = performance.now();
  const r = checkDefault({ kind: "default", caseSensitive: true, spaceChangeSensitive: false, ...flags }, out, ans);
  console.log(JSON.stringify(flags), r.verdict, (performance.now() - t).toFixed(0), "ms");
}
