// The bench's page figures: each beside the bare Next page of the same run.
import { describe, expect, it } from "vitest";
import { withRatios, type PageFigure } from "@/tests/bench/lighthouse";
import { radioBaselineHtml } from "@/tests/bench/inp";

const figure = (name: string, lcpMs: number, score: number): PageFigure => ({
  name,
  url: "/",
  score,
  lcpMs,
  tbtMs: 0,
  cls: 0,
  jsKb: 0,
  runs: 3,
});

describe("page ratios", () => {
  it.each([
    ["the baseline itself", 800, 99, 1, 0],
    ["a page at 1.2 × and 3 points lower", 960, 96, 1.2, -3],
    ["a page twice as slow", 1600, 80, 2, -19],
  ])("%s", (name, lcpMs, score, ratio, scoreDiff) => {
    const rated = withRatios([figure("bare", 800, 99), figure(name, lcpMs, score)], "bare");
    expect(rated[1]).toMatchObject({ ratio, scoreDiff });
  });

  it("refuses to rate without its baseline", () => {
    expect(() => withRatios([figure("landing", 900, 99)], "bare")).toThrow(/bare/);
  });
});

describe("the INP baseline page", () => {
  it("has the check-in form's four 0–10 radio groups and no script", () => {
    const html = radioBaselineHtml();
    expect(html.match(/type="radio"/g)).toHaveLength(44);
    expect(html).not.toContain("<script");
  });
});
