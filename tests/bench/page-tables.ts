// The printed tables for the page figures (Lighthouse) and the INP trace, each figure beside its baseline.
import type { InpResult } from "./inp";
import type { RatedPageFigure } from "./lighthouse";

export function pagesTable(pages: RatedPageFigure[]): string[] {
  const lines = [
    "",
    "| page (Lighthouse mobile, median of 3) | score | score − bare Next | LCP ms | LCP ratio to bare Next | TBT ms | CLS | JS kB |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const p of pages)
    lines.push(
      `| ${p.name} | ${p.score} | ${p.scoreDiff} | ${p.lcpMs} | ${p.ratio} | ${p.tbtMs} | ${p.cls} | ${p.jsKb} |`,
    );
  return lines;
}

export function inpTable(inp: InpResult): string[] {
  const lines = [
    "",
    `| INP, ${inp.cpuSlowdown}× CPU slowdown, 360 px touch | taps | median ms | p90 ms | ratio to baseline |`,
    "| --- | --- | --- | --- | --- |",
  ];
  for (const f of [inp.baseline, inp.checkIn])
    lines.push(`| ${f.name} | ${f.taps} | ${f.medianMs} | ${f.p90Ms} | ${"ratio" in f ? f.ratio : 1} |`);
  return lines;
}
