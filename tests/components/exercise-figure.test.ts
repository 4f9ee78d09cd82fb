import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { doseParts } from "@/components/exercise/dose-text";
import { ExerciseFigure } from "@/components/exercise/exercise-figure";
import { exerciseLibrary, LoadKey, Tempo } from "@/lib/engine";
import enDose from "@/lib/i18n/messages/en/dose.json";
import nlDose from "@/lib/i18n/messages/nl/dose.json";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/'/g, "&#x27;");
const locales = [
  ["en", enDose],
  ["nl", nlDose],
] as const;

// Every exercise a runner can be given must show a picture and a dose they can read, in both languages.
describe.each(locales)("pictures and doses in %s", (locale, messages) => {
  const t = createTranslator({ locale, messages: { dose: messages } }) as unknown as (
    key: string,
    params?: Record<string, string | number>,
  ) => string;

  it.each(exerciseLibrary.map((e) => [e.id, e] as const))(
    "%s: an animated picture, a still per pose, each labelled, and its dose",
    (_id, exercise) => {
      const html = renderToStaticMarkup(createElement(ExerciseFigure, { exercise, locale }));
      expect(html).not.toContain("NaN");
      expect(html).toContain(
        `aria-label="${escape(`${exercise.name[locale]}: ${exercise.figure.poses.map((p) => p.alt[locale]).join(" → ")}`)}"`,
      );
      for (const pose of exercise.figure.poses) expect(html).toContain(`aria-label="${escape(pose.alt[locale])}"`);
      expect(html).toContain("<animate");
      expect(html).toContain("motion-reduce:hidden");
      const parts = doseParts(exercise.dose, t);
      expect(parts.length).toBeGreaterThanOrEqual(2);
      for (const part of parts) expect(part).not.toMatch(/dose\.|\{|undefined/);
    },
  );

  it.each([...LoadKey.options.map((k) => `load.${k}`), ...Tempo.options.map((k) => `tempo.${k}`)])(
    "has the words for %s",
    (key) => {
      // A weighed load names its amount (kg or % of body weight).
      expect(t(`dose.${key}`, { amount: 10 })).not.toContain("dose.");
    },
  );
});

describe("dose texts", () => {
  const t = createTranslator({ locale: "en", messages: { dose: enDose } }) as unknown as (
    key: string,
    params?: Record<string, string | number>,
  ) => string;
  it.each([
    [
      { sets: 3, reps: 15, side: "each", tempo: "eccentric_3s", load: "body_weight", restSeconds: 60 },
      "3 × 15 · each leg · lower in 3 seconds · body weight · rest 60 s",
    ],
    [
      { sets: 5, holdSeconds: 45, load: "hold_support", restSeconds: 60 },
      "5 × 45 s hold · hold on to a wall or chair · rest 60 s",
    ],
    [
      { sets: 4, reps: 8, load: "last_two_hard", restSeconds: 120 },
      "4 × 8 · heavy enough that the last 2 reps are hard · rest 120 s",
    ],
    [
      { sets: 1, seconds: 90, side: "each", load: "gentle_pressure" },
      "90 s · each leg · gentle pressure, never on the sore spot",
    ],
    [{ minutes: 40, load: "easy_pace" }, "40 min · easy pace: you can still talk"],
    [{ sets: 1, reps: 1, load: "body_weight" }, "1 rep · body weight"],
  ] as const)("%o reads %s", (dose, text) => {
    expect(doseParts(dose, t).join(" · ")).toBe(text);
  });
});
