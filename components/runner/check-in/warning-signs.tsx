"use client";

import { useTranslations } from "next-intl";
import type { CrossTrainingOption } from "@/lib/engine";
import { CheckBox } from "./check-box";
import { flags } from "./use-check-in-form";

type Flags = Record<(typeof flags)[number], boolean>;

// The warning signs (each pauses the plan), always asked.
export function WarningSigns({
  value,
  onChange,
}: {
  value: Flags;
  onChange: (update: (prev: Flags) => Flags) => void;
}) {
  const t = useTranslations("checkIn");
  return (
    <fieldset className="space-y-2 rounded-xl border border-red-200 p-3">
      <legend className="px-1 font-semibold">{t("warningSigns")}</legend>
      <p className="text-sm text-muted">{t("warningSignsHint")}</p>
      {flags.map((f) => (
        <CheckBox
          key={f}
          name={f}
          checked={value[f]}
          onChange={(checked) => onChange((prev) => ({ ...prev, [f]: checked }))}
        >
          {t(`flag.${f}`)}
        </CheckBox>
      ))}
    </fieldset>
  );
}

// Phase 1: which cross-training hurt, so the physio can swap it for another.
export function PainfulActivities({
  options,
  value,
  onChange,
}: {
  options: { id: CrossTrainingOption; label: string }[];
  value: CrossTrainingOption[];
  onChange: (update: (prev: CrossTrainingOption[]) => CrossTrainingOption[]) => void;
}) {
  const t = useTranslations("checkIn");
  return (
    <fieldset className="space-y-2 rounded-xl border border-slate-200 p-3">
      <legend className="px-1 font-semibold">{t("painfulActivities")}</legend>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <CheckBox
            key={o.id}
            name="painfulActivities"
            checked={value.includes(o.id)}
            onChange={(checked) => onChange((prev) => (checked ? [...prev, o.id] : prev.filter((x) => x !== o.id)))}
          >
            {o.label}
          </CheckBox>
        ))}
      </div>
    </fieldset>
  );
}
