"use client";

import { useTranslations } from "next-intl";
import { NoteField } from "@/components/physio/control/note-field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type {
  BoneSite,
  Diagnosis,
  DiagnosisCode,
  Imaging,
  ImagingType,
  InjurySide,
  InjurySite,
  Tissue,
} from "@/lib/engine";
import type { FormAction } from "@/lib/http/action-result";

export type IntakeValues = {
  site: InjurySite;
  tissue: Tissue;
  boneSite?: BoneSite;
  restPainBaseline?: number;
  lastRunOn: string;
  startOn: string;
  side?: InjurySide;
  onsetOn?: string;
  diagnosis?: Diagnosis;
  imaging?: Imaging;
  runsPerWeek: number;
  weeklyMinutes: number;
  longestRunMinutes: number;
  trainingDays: number[];
};

const inputClass = "mt-1 block min-h-11 w-full rounded-lg border bg-white px-3 text-base";
// The diagnosis and imaging inputs are parts of one intake field each (what the service names at fault).
const fieldOf = (name: string) =>
  name.startsWith("diagnosis") ? "diagnosis" : name.startsWith("imaging") ? "imaging" : name;
const border = (invalid: boolean | undefined) => (invalid ? "border-red-700" : "border-slate-400");

// Correct the intake; only fields that differ are stored (the service compares). The injury itself
// (site, tissue, bone site, a tendon's rest pain, the last run) is the physio's: the runner's form shows
// only the running before it. The physio must say why (the runner sees it); the runner's note is optional.
export function IntakeForm({
  planId,
  intake,
  action: submit,
  forRunner,
  earliest,
  startText,
  choices,
}: {
  planId: string;
  intake: IntakeValues;
  action: FormAction;
  forRunner: boolean;
  /** The earliest last run the service accepts (two years back). */
  earliest?: string;
  /** The plan's first day, formatted (the last run is on or before it). */
  startText?: string;
  /** The injury's choices (the engine's lists, handed down so zod stays off the phone); the physio's form only. */
  choices?: {
    sites: readonly InjurySite[];
    tissues: readonly Tissue[];
    boneSites: readonly BoneSite[];
    sides: readonly InjurySide[];
    codes: readonly { code: DiagnosisCode; key: string }[];
    imagingTypes: readonly ImagingType[];
  };
}) {
  const t = useTranslations("control");
  // Kept: a refused change leaves what was typed in place (a saved one remounts with the new values).
  const { action, onSubmit, pending, succeeded, invalid, error } = useKeptForm(submit);
  const describedBy = (name: string, hint?: string) =>
    [hint, invalid(name) ? "intake-error" : undefined].filter(Boolean).join(" ") || undefined;
  const number = (name: "runsPerWeek" | "weeklyMinutes" | "longestRunMinutes", min: number, max: number) => (
    <div>
      <label htmlFor={`intake-${name}`} className="block font-semibold">
        {t(`intake.${name}`)}
      </label>
      <input
        id={`intake-${name}`}
        name={name}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        required
        defaultValue={intake[name]}
        aria-invalid={invalid(name)}
        aria-describedby={describedBy(name)}
        className={`${inputClass} ${border(invalid(name))}`}
      />
    </div>
  );
  const select = (
    name: "site" | "tissue" | "boneSite" | "restPainBaseline" | "side" | "diagnosisCode" | "imagingType",
    label: string,
    options: { value: string; label: string }[],
    value: string,
    hint?: string,
  ) => (
    <div>
      <label htmlFor={`intake-${name}`} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`intake-${name}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <select
        id={`intake-${name}`}
        name={name}
        defaultValue={value}
        aria-invalid={invalid(fieldOf(name))}
        aria-describedby={describedBy(fieldOf(name), hint ? `intake-${name}-hint` : undefined)}
        className={`${inputClass} ${border(invalid(fieldOf(name)))}`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  // A date or a line of text of the clinical record: never required, refused on its own field.
  const input = (
    name: "onsetOn" | "imagingOn" | "diagnosisText" | "imagingFinding",
    label: string,
    value: string | undefined,
    limits: { type: "date"; max?: string } | { type: "text"; maxLength: number },
  ) => (
    <div>
      <label htmlFor={`intake-${name}`} className="block font-semibold">
        {label}
      </label>
      <input
        id={`intake-${name}`}
        name={name}
        type={limits.type}
        {...(limits.type === "date" ? { min: earliest, max: limits.max } : { maxLength: limits.maxLength })}
        defaultValue={value ?? ""}
        aria-invalid={invalid(fieldOf(name))}
        aria-describedby={describedBy(fieldOf(name))}
        className={`${inputClass} ${limits.type === "date" ? "max-w-xs" : ""}${border(invalid(fieldOf(name)))}`}
      />
    </div>
  );
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4" key={JSON.stringify(intake)}>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="trainingDaysShown" value="1" />
      {forRunner ? (
        <p className="text-sm text-muted">{t("intake.physioOnly")}</p>
      ) : (
        <p className="text-sm text-muted">{t("intake.lead")}</p>
      )}
      <FormMessage id="intake-error" message={error} />
      {succeeded ? <FormMessage tone="success" message={t("intake.saved")} /> : null}
      {forRunner || !choices ? null : (
        <fieldset className="min-w-0 space-y-3">
          <legend className="text-base font-bold">{t("intake.injuryLegend")}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {select(
              "site",
              t("intake.site"),
              choices.sites.map((s) => ({ value: s, label: t(`intake.sites.${s}`) })),
              intake.site,
            )}
            {select(
              "tissue",
              t("intake.tissue"),
              choices.tissues.map((s) => ({ value: s, label: t(`intake.tissues.${s}`) })),
              intake.tissue,
            )}
            {select(
              "boneSite",
              t("intake.boneSite"),
              [
                { value: "", label: t("intake.boneSiteNone") },
                ...choices.boneSites.map((s) => ({ value: s, label: t(`intake.boneSites.${s}`) })),
              ],
              intake.boneSite ?? "",
              t("intake.boneSiteHint"),
            )}
            {select(
              "restPainBaseline",
              t("intake.restPain"),
              [
                { value: "", label: t("intake.restPainNone") },
                ...["0", "1", "2", "3"].map((p) => ({ value: p, label: p })),
              ],
              intake.restPainBaseline === undefined ? "" : String(intake.restPainBaseline),
              t("intake.restPainHint"),
            )}
          </div>
          <div>
            <label htmlFor="intake-lastRunOn" className="block font-semibold">
              {t("intake.lastRunOn")}
            </label>
            <p id="intake-lastRunOn-hint" className="text-sm text-muted">
              {t("intake.lastRunOnHint", { start: startText ?? "" })}
            </p>
            <input
              id="intake-lastRunOn"
              name="lastRunOn"
              type="date"
              required
              min={earliest}
              max={intake.startOn}
              defaultValue={intake.lastRunOn}
              aria-invalid={invalid("lastRunOn")}
              aria-describedby={describedBy("lastRunOn", "intake-lastRunOn-hint")}
              className={`${inputClass} max-w-xs ${border(invalid("lastRunOn"))}`}
            />
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            {select(
              "side",
              t("intake.side"),
              [
                { value: "", label: t("intake.sideNone") },
                ...choices.sides.map((s) => ({ value: s, label: t(`intake.sides.${s}`) })),
              ],
              intake.side ?? "",
            )}
            {input("onsetOn", t("intake.onsetOn"), intake.onsetOn, { type: "date", max: intake.startOn })}
          </div>
        </fieldset>
      )}
      {forRunner || !choices ? null : (
        <fieldset className="min-w-0 space-y-3">
          <legend className="text-base font-bold">{t("intake.diagnosisLegend")}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {input("diagnosisText", t("intake.diagnosisText"), intake.diagnosis?.text, {
              type: "text",
              maxLength: 200,
            })}
            {select(
              "diagnosisCode",
              t("intake.diagnosisCode"),
              [
                { value: "", label: t("intake.diagnosisCodeNone") },
                ...choices.codes.map(({ code, key }) => ({
                  value: code,
                  label: `${code} ${t(`diagnosisCodes.${key}` as "diagnosisCodes.M76_6")}`,
                })),
              ],
              intake.diagnosis?.code ?? "",
            )}
          </div>
        </fieldset>
      )}
      {forRunner || !choices ? null : (
        <fieldset className="min-w-0 space-y-3">
          <legend className="text-base font-bold">{t("intake.imagingLegend")}</legend>
          <div className="grid gap-3 sm:grid-cols-3">
            {select(
              "imagingType",
              t("intake.imagingType"),
              [
                { value: "", label: t("intake.imagingNone") },
                ...choices.imagingTypes.map((s) => ({ value: s, label: t(`intake.imagingTypes.${s}`) })),
              ],
              intake.imaging?.type ?? "",
            )}
            {input("imagingOn", t("intake.imagingOn"), intake.imaging?.on, { type: "date" })}
            {input("imagingFinding", t("intake.imagingFinding"), intake.imaging?.finding, {
              type: "text",
              maxLength: 300,
            })}
          </div>
        </fieldset>
      )}
      <fieldset className="min-w-0 space-y-3">
        {forRunner ? null : <legend className="text-base font-bold">{t("intake.runningLegend")}</legend>}
        <div className="grid gap-3 sm:grid-cols-3">
          {number("runsPerWeek", 1, 14)}
          {number("weeklyMinutes", 10, 2000)}
          {number("longestRunMinutes", 5, 600)}
        </div>
        <fieldset>
          <legend className="font-semibold">{t("intake.trainingDays")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4">
            {([1, 2, 3, 4, 5, 6, 7] as const).map((d) => (
              <label key={d} className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  name="trainingDays"
                  value={d}
                  defaultChecked={intake.trainingDays.includes(d)}
                  className="size-5"
                />
                <span>{t(`weekday.${d}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      <NoteField
        id="intake-note"
        required={!forRunner}
        forRunner={forRunner}
        invalid={invalid("note")}
        errorId="intake-error"
      />
      <Button type="submit" pending={pending}>
        {t("intake.submit")}
      </Button>
    </form>
  );
}
