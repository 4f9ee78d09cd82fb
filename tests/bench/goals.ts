// The performance goals for the HTTP figures, each as a ratio to the baseline measured in the same run
// (the prerendered landing page, which touches no database), so a busy machine moves both sides alike.
import type { HttpFigure, ServerTime } from "./http";
import { round } from "./stats";

type Goal = { text: string; met: boolean };
export type RatedFigure = HttpFigure & { ratio: number; p99Ratio: number; goal: Goal | null };

type Rule = {
  match: (name: string) => boolean;
  minRatio: number;
  maxP99Ratio?: number;
  noErrors?: boolean;
  maxServerMs?: number;
  firstPageRows?: number;
};

const rules: Rule[] = [
  { match: (n) => n.startsWith("check-in POST"), minRatio: 0.5, maxP99Ratio: 3 },
  { match: (n) => n.startsWith("today page"), minRatio: 0.3 },
  { match: (n) => n.startsWith("physio dashboard page"), minRatio: 0.1, noErrors: true, maxServerMs: 40 },
  { match: (n) => n.startsWith("physio dashboard JSON"), minRatio: 0.3, noErrors: true, firstPageRows: 50 },
];

function describe(rule: Rule): string {
  const parts = [`≥ ${rule.minRatio} × baseline req/s`];
  if (rule.maxP99Ratio) parts.push(`p99 ≤ ${rule.maxP99Ratio} × baseline p99`);
  if (rule.noErrors) parts.push("no errors");
  if (rule.maxServerMs) parts.push(`server time ≤ ${rule.maxServerMs} ms`);
  if (rule.firstPageRows) parts.push(`first page of ${rule.firstPageRows} rows`);
  return parts.join(", ");
}

/** `firstPageRows`: how many rows the JSON route answered on its first page (checked once, outside the load). */
export function rateFigures(
  figures: HttpFigure[],
  serverTimes: ServerTime[],
  firstPageRows: number | null,
): RatedFigure[] {
  const baseline = figures[0]!;
  return figures.map((f, i) => {
    const ratio = i === 0 ? 1 : round(f.reqPerSec / Math.max(baseline.reqPerSec, 0.001), 3);
    const p99Ratio = i === 0 ? 1 : round(f.p99 / Math.max(baseline.p99, 1), 2);
    const rule = i === 0 ? undefined : rules.find((r) => r.match(f.name));
    if (!rule) return { ...f, ratio, p99Ratio, goal: null };
    const serverMs = serverTimes.find((s) => s.name === f.name)?.median;
    const met =
      ratio >= rule.minRatio &&
      (rule.maxP99Ratio === undefined || p99Ratio <= rule.maxP99Ratio) &&
      (!rule.noErrors || (f.errors === 0 && f.non2xx === 0)) &&
      (rule.maxServerMs === undefined || (serverMs !== undefined && serverMs <= rule.maxServerMs)) &&
      (rule.firstPageRows === undefined || firstPageRows === rule.firstPageRows);
    return { ...f, ratio, p99Ratio, goal: { text: describe(rule), met } };
  });
}
