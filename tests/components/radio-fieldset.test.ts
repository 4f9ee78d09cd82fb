import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChoiceGroup } from "@/components/runner/check-in/choice-group";
import { PainScale } from "@/components/runner/check-in/pain-scale";

const radios = (html: string, name: string) =>
  [...html.matchAll(/<input type="radio"[^>]*>/g)].map(([tag]) => tag).filter((tag) => tag.includes(`name="${name}"`));
const valueOf = (tag: string) => tag.match(/value="([^"]*)"/)?.[1];
const checkedValues = (html: string, name: string) =>
  radios(html, name)
    .filter((tag) => tag.includes('checked=""'))
    .map(valueOf);

const pain = (error?: string, value?: number) =>
  renderToStaticMarkup(
    createElement(PainScale, {
      name: "painDuring",
      legend: "During",
      hint: "While running",
      value,
      onChange: () => {},
      error,
    }),
  );

// A refused answer must be read with its reason, on the group and on each radio; a valid one carries no error.
describe("check-in radio groups", () => {
  it.each([
    ["valid", undefined, false],
    ["refused", "Choose a score", true],
  ] as const)("pain scale, %s", (_name, error, invalid) => {
    const html = pain(error, 2);
    expect(html).toContain(">During</legend>");
    expect(html).toContain("While running");
    expect(radios(html, "painDuring").map(valueOf)).toEqual(Array.from({ length: 11 }, (_, n) => String(n)));
    expect(checkedValues(html, "painDuring")).toEqual(["2"]);
    // The scale is described by its hint and the shared "0 = no pain … 10 = worst" line, and by its error.
    const described = invalid ? "painDuring-error painDuring-hint pain-anchors" : "painDuring-hint pain-anchors";
    expect(html).toMatch(new RegExp(`<fieldset[^>]*aria-describedby="${described}"`));
    expect(html.includes('aria-invalid="true"')).toBe(invalid);
    expect(html.split('aria-describedby="painDuring-error"').length - 1).toBe(invalid ? 11 : 0);
    // The chosen score is repeated beside the legend (hidden from screen readers: the radio says it).
    expect(html).toContain('aria-hidden="true" class="absolute top-0 right-0 font-bold tabular-nums">2/10</span>');
    expect(html.includes('id="painDuring-error"')).toBe(invalid);
  });

  it("choice group: one radio per option, the chosen one checked, the error on each radio", () => {
    const html = renderToStaticMarkup(
      createElement(ChoiceGroup<"yes" | "no">, {
        name: "done",
        legend: "Done?",
        options: [
          { value: "yes", label: "Yes", hint: "All of it" },
          { value: "no", label: "No" },
        ],
        value: "no",
        onChange: () => {},
        error: "Say yes or no",
      }),
    );
    expect(radios(html, "done").map(valueOf)).toEqual(["yes", "no"]);
    expect(checkedValues(html, "done")).toEqual(["no"]);
    expect(html).toContain("All of it");
    const errorId = html.match(/<p id="([^"]+)" class="mt-1 font-semibold text-red-800">/)?.[1];
    expect(errorId).toBeTruthy();
    expect(html.split(`aria-describedby="${errorId}"`).length - 1).toBe(3);
  });
});
