// The hamstring speed stage as the runner reads it on a session card: the dose, an effort cue they can
// feel, and when to stop, in both languages (Mendiguchia et al. 2017: speed rises step by step).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { SpeedWorkNote, speedWorkShort } from "@/components/runner/speed-work";
import { SPEED_STEPS } from "@/lib/engine/speed-stage";
import type { Translate } from "@/lib/i18n/app-config";
import enToday from "@/lib/i18n/messages/en/today.json";
import nlToday from "@/lib/i18n/messages/nl/today.json";

const translator = (locale: "en" | "nl") =>
  createTranslator({ locale, messages: { today: locale === "en" ? enToday : nlToday } }) as unknown as Translate;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("SpeedWorkNote", () => {
  it.each([
    ["en", SPEED_STEPS[0]!, ["4 relaxed strides of about 20 seconds", "never all-out", "Stop the speed work at once"]],
    ["en", SPEED_STEPS[3]!, ["4 surges of about 20 seconds", "80 % of your top speed", "about 80 %: fast and smooth"]],
    ["en", SPEED_STEPS[5]!, ["3 surges", "100 % of your top speed", "your top speed, for the last few seconds"]],
    ["nl", SPEED_STEPS[0]!, ["4 ontspannen versnellingen van ongeveer 20 seconden", "nooit voluit", "Stop meteen"]],
    ["nl", SPEED_STEPS[1]!, ["tot 60 % van je topsnelheid", "ongeveer 60 %: stevig"]],
  ] as const)("%s: %o reads with its dose, effort and stop rule", (locale, speed, expected) => {
    const html = renderToStaticMarkup(createElement(SpeedWorkNote, { speed, t: translator(locale) }));
    for (const words of expected) expect(text(html)).toContain(words);
  });

  it("every step of the stage has its own effort cue (no step falls back to another's)", () => {
    const t = translator("en");
    const cues = SPEED_STEPS.map(
      (speed) => text(renderToStaticMarkup(createElement(SpeedWorkNote, { speed, t }))).match(/How fast: [^.]+\./)?.[0],
    );
    expect(new Set(cues).size).toBe(SPEED_STEPS.length);
  });

  it.each([
    ["en", 0, "+ 4 strides"],
    ["en", 3, "+ 4 surges to 80 %"],
    ["nl", 4, "+ 4 versnellingen tot 90 %"],
  ] as const)("a day in a list (%s, step %i) says %s", (locale, step, expected) => {
    expect(speedWorkShort(SPEED_STEPS[step]!, translator(locale))).toBe(expected);
  });
});
