// `npm run bench:engine`: replay a year of daily check-ins through computePlanState; median and p95.
import { benchEngine } from "./engine";

const TARGET_MEDIAN_MS = 2;
const figures = benchEngine();
console.log(`computePlanState: ${figures.days} days of check-ins, ${figures.iterations} runs after warm-up`);
console.log(
  `  median ${figures.engine.median.toFixed(3)} ms   p95 ${figures.engine.p95.toFixed(3)} ms   (target median ≤ ${TARGET_MEDIAN_MS} ms)`,
);
console.log(`  baseline (one plain pass over the same check-ins): median ${figures.baseline.median.toFixed(4)} ms`);
if (figures.engine.median > TARGET_MEDIAN_MS) process.exitCode = 1;
