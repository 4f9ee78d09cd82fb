"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { card } from "@/components/ui/styles";

// Phase 3 (seed 003): injuries often come from load, technique, recovery, shoes or an imbalance.
// A few yes/no questions per area; each "yes" shows what to change before running again.
const areas = {
  load: ["tooFast", "noRestDays", "suddenChange"],
  technique: ["overstride", "heavyLanding"],
  recovery: ["shortSleep", "stress"],
  shoes: ["oldShoes", "newShoes"],
  imbalance: ["oneSide"],
} as const;

type Area = keyof typeof areas;

export function CauseFinder() {
  const t = useTranslations("causes");
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const flagged = (Object.keys(areas) as Area[]).filter((area) => areas[area].some((q) => answers[q]));
  return (
    <section aria-labelledby="causes-title" className={card}>
      <h2 id="causes-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mt-1 text-muted">{t("lead")}</p>
      <div className="mt-3 space-y-4">
        {(Object.keys(areas) as Area[]).map((area) => (
          <fieldset key={area}>
            <legend className="font-semibold">{t(`area.${area}`)}</legend>
            <div className="mt-1 space-y-2">
              {areas[area].map((q) => (
                <label
                  key={q}
                  className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 px-3"
                >
                  <input
                    type="checkbox"
                    className="size-6 shrink-0 accent-brand-700"
                    checked={!!answers[q]}
                    onChange={(e) => setAnswers((prev) => ({ ...prev, [q]: e.target.checked }))}
                  />
                  <span>{t(`question.${q}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <div aria-live="polite" className="mt-4">
        {flagged.length === 0 ? (
          <p className="text-muted">{t("none")}</p>
        ) : (
          <>
            <h3 className="font-bold">{t("adviceTitle")}</h3>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {flagged.map((area) => (
                <li key={area}>{t(`advice.${area}`)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
