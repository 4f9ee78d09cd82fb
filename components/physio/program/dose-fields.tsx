"use client";

import { useTranslations } from "next-intl";
import { DOSE_LIMITS, DoseSide, isWeighedLoad, LOAD_AMOUNT_LIMITS, LoadKey, Tempo } from "@/lib/engine";

/** A dose as the form holds it: every field as typed, "" for not set. */
export type DraftDose = Record<
  | "sets"
  | "reps"
  | "holdSeconds"
  | "seconds"
  | "minutes"
  | "restSeconds"
  | "timesPerDay"
  | "tempo"
  | "side"
  | "load"
  | "loadAmount",
  string
>;
const numberFields = ["sets", "reps", "holdSeconds", "seconds", "minutes", "restSeconds", "timesPerDay"] as const;

const inputClass = "mt-0.5 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-2 text-base";

// The dose of one exercise: amounts as numbers (blank = not part of this dose), tempo, side and load;
// a load in kg or % of body weight opens a field for its amount.
export function DoseFields({
  id,
  dose,
  onChange,
  invalid,
}: {
  id: string;
  dose: DraftDose;
  onChange: (dose: DraftDose) => void;
  invalid: boolean;
}) {
  const t = useTranslations("program");
  const set = (field: keyof DraftDose, value: string) => onChange({ ...dose, [field]: value });
  // Each option's text is looked up by its own typed key, so a new engine option without a text fails the typecheck.
  const select = <O extends string>(
    field: "tempo" | "side" | "load",
    options: readonly O[],
    label: (option: O) => string,
    blank?: string,
  ) => (
    <div className="col-span-3 sm:col-span-2">
      <label htmlFor={`${id}-${field}`} className="block text-xs font-semibold">
        {t(`field.${field}`)}
      </label>
      <select
        id={`${id}-${field}`}
        value={dose[field]}
        onChange={(e) => set(field, e.target.value)}
        className={inputClass}
      >
        {blank ? <option value="">{blank}</option> : null}
        {options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="grid grid-cols-3 gap-2 sm:grid-cols-6">
      {numberFields.map((field) => (
        <div key={field}>
          <label htmlFor={`${id}-${field}`} className="block text-xs font-semibold">
            {t(`field.${field}`)}
          </label>
          <input
            id={`${id}-${field}`}
            type="number"
            inputMode="numeric"
            min={DOSE_LIMITS[field].min}
            max={DOSE_LIMITS[field].max}
            value={dose[field]}
            aria-invalid={invalid || undefined}
            onChange={(e) => set(field, e.target.value)}
            className={inputClass}
          />
        </div>
      ))}
      {select("load", LoadKey.options, (o) => t(`load.${o}`))}
      {isWeighedLoad(dose.load as LoadKey) ? (
        <div>
          <label htmlFor={`${id}-loadAmount`} className="block text-xs font-semibold">
            {t("field.loadAmount", { unit: dose.load })}
          </label>
          <input
            id={`${id}-loadAmount`}
            type="number"
            inputMode="decimal"
            {...LOAD_AMOUNT_LIMITS[dose.load as keyof typeof LOAD_AMOUNT_LIMITS]}
            value={dose.loadAmount}
            aria-invalid={invalid || undefined}
            onChange={(e) => set("loadAmount", e.target.value)}
            className={inputClass}
          />
        </div>
      ) : null}
      {select("tempo", Tempo.options, (o) => t(`tempo.${o}`), t("tempo.none"))}
      {select("side", DoseSide.options, (o) => t(`side.${o}`), t("side.none"))}
    </div>
  );
}
