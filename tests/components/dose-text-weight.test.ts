// A weight in kg or % of body weight and "times a day", as the runner reads them, in both languages.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { doseParts } from "@/components/exercise/dose-text";
import type { Dose } from "@/lib/engine";
import enDose from "@/lib/i18n/messages/en/dose.json";
import nlDose from "@/lib/i18n/messages/nl/dose.json";

const translator = (locale: "en" | "nl") =>
  createTranslator({ locale, messages: { dose: locale === "en" ? enDose : nlDose } }) as unknown as (
    key: string,
    params?: Record<string, string | number>,
  ) => string;

describe("dose texts with a weight and times a day", () => {
  it.each([
    ["en", { sets: 3, reps: 8, load: "weight_kg", loadAmount: 12.5 }, "3 × 8 · with 12.5 kg"],
    ["nl", { sets: 3, reps: 8, load: "weight_kg", loadAmount: 12.5 }, "3 × 8 · met 12,5 kg"],
    ["en", { sets: 3, reps: 8, load: "weight_kg", loadAmount: 100 }, "3 × 8 · with 100 kg"],
    ["en", { sets: 3, reps: 8, load: "body_weight_percent", loadAmount: 20 }, "3 × 8 · with 20% of your body weight"],
    ["nl", { sets: 3, reps: 8, load: "body_weight_percent", loadAmount: 20 }, "3 × 8 · met 20% van je lichaamsgewicht"],
    [
      "en",
      { sets: 5, holdSeconds: 45, timesPerDay: 1, load: "body_weight" },
      "5 × 45 s hold · once a day · body weight",
    ],
    [
      "en",
      { sets: 5, holdSeconds: 45, timesPerDay: 2, load: "body_weight" },
      "5 × 45 s hold · twice a day · body weight",
    ],
    [
      "en",
      { sets: 5, holdSeconds: 45, timesPerDay: 3, load: "body_weight" },
      "5 × 45 s hold · 3 times a day · body weight",
    ],
    [
      "nl",
      { sets: 5, holdSeconds: 45, timesPerDay: 1, load: "body_weight" },
      "5 × 45 s vasthouden · 1 keer per dag · eigen lichaamsgewicht",
    ],
    [
      "nl",
      { sets: 5, holdSeconds: 45, timesPerDay: 3, load: "body_weight" },
      "5 × 45 s vasthouden · 3 keer per dag · eigen lichaamsgewicht",
    ],
  ] as const)("%s: %o reads %s", (locale, dose, text) => {
    expect(doseParts(dose as Dose, translator(locale)).join(" · ")).toBe(text);
  });
});
