"use client";

import { useTranslations } from "next-intl";
import type { CrossTrainingOption } from "@/lib/engine";
import { CheckBox } from "./check-box";
import { FieldError } from "./field-error";
import { RadioCard } from "./radio-fieldset";
import { flags } from "./use-check-in-form";

type Flags = Record<(typeof flags)[number], boolean>;

// The warning signs (each pauses the plan), always asked, never answered for the runner: every sign is
// listed and the runner says no, or yes and ticks which. One tap on a day without any.
export function WarningSigns({
  any,
  onAny,
  value,
  onChange,
  error,
  hasPhysio,
}: {
  any: "yes" | "no" | undefined;
  onAny: (any: "yes" | "no") => void;
  value: Flags;
  onChange: (update: (prev: Flags) => Flags) => void;
  error?: string;
  hasPhysio: boolean;
}) {
  const t = useTranslations("checkIn");
  const errorId = "warningSigns-error";
  return (
    <fieldset
      className={`min-w-0 space-y-2 rounded-xl border p-3 ${error ? "border-red-700" : "border-red-200"}`}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="px-1 font-semibold">{t("warningSigns")}</legend>
      <p className="text-sm text-muted">{t(hasPhysio ? "warningSignsHint" : "warningSignsHintSelf")}</p>
      {any === "yes" ? null : (
        <ul className="text-sm">
          {flags.map((f, i) => (
            <li key={f} className="inline">
              {t(`flag.${f}`)}
              {i < flags.length - 1 ? <span aria-hidden="true"> · </span> : null}
            </li>
          ))}
        </ul>
      )}
      <FieldError id={errorId} message={error} />
      <div className="grid grid-cols-2 gap-2">
        {(["no", "yes"] as const).map((v) => (
          <RadioCard
            key={v}
            name="anyWarningSign"
            value={v}
            checked={any === v}
            onSelect={() => onAny(v)}
            errorId={error ? errorId : undefined}
            className="relative block"
            cardClassName={`flex min-h-12 items-center justify-center rounded-lg border px-2 text-center font-medium ${
              any === v ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700" : "border-slate-300 bg-white"
            }`}
          >
            {t(`anyWarningSign.${v}`)}
          </RadioCard>
        ))}
      </div>
      {any === "yes"
        ? flags.map((f) => (
            <CheckBox
              key={f}
              name={f}
              checked={value[f]}
              onChange={(checked) => onChange((prev) => ({ ...prev, [f]: checked }))}
            >
              {t(`flag.${f}`)}
            </CheckBox>
          ))
        : null}
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
  // Optional: folded away (a native disclosure), open when something is ticked already.
  return (
    <details className="rounded-xl border border-slate-200 p-3" open={value.length > 0 || undefined}>
      <summary className="min-h-11 cursor-pointer content-center font-semibold">{t("painfulActivities")}</summary>
      <fieldset className="mt-2 space-y-2">
        <legend className="sr-only">{t("painfulActivities")}</legend>
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
    </details>
  );
}
