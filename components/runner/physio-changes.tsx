import { getExercise } from "@/lib/engine";
import type { PlanChange, SettingChange } from "@/lib/server/plan/plan-changes";
import { card } from "@/components/ui/styles";
import type { Messages, Translate, WeekdayNumber } from "@/lib/i18n/app-config";
import type {
  BoneSite,
  Diagnosis,
  Imaging,
  InjurySide,
  InjurySite,
  InterruptionReason,
  ProgramSessionKind,
  Tissue,
} from "@/lib/engine";
import { diagnosisCodeKey } from "@/lib/engine/diagnosis-codes";
import type { DateText } from "@/lib/i18n/formats";

// Plan changes hold the fields and values the engine's event schemas accepted (tests/i18n: each has a text).
type ChangeField = keyof Messages["patient"]["changes"]["field"];
type IntakeField = "runsPerWeek" | "weeklyMinutes" | "longestRunMinutes" | "trainingDays" | "diagnosedOn";
type InjuryField = keyof Messages["control"]["intake"]["fieldNames"];

type T = Translate;

// What the physio changed on the plan and why, newest first: the runner always sees it (DOMAIN §10).
// Texts live in the "patient" messages so the physio's history reads the same.
export function PhysioChanges({
  changes,
  t,
  date,
  title,
  lead,
  locale = "en",
}: {
  changes: PlanChange[];
  t: T;
  date: DateText;
  title: string;
  lead?: string;
  locale?: "en" | "nl";
}) {
  if (changes.length === 0) return null;
  const value = (v: number | boolean) =>
    typeof v === "boolean" ? t(v ? "patient.changes.on" : "patient.changes.off") : String(v);
  const setting = (c: SettingChange) =>
    t("patient.changes.setting", {
      name: t(`patient.changes.field.${c.field.replace(".", "_") as ChangeField}`),
      from: value(c.from),
      to: value(c.to),
    });
  return (
    <section aria-labelledby="physio-changes-title" className={card}>
      <h2 id="physio-changes-title" className="text-xl font-bold">
        {title}
      </h2>
      {lead ? <p className="mt-1 text-sm text-muted">{lead}</p> : null}
      <ol className="mt-2 divide-y divide-slate-200">
        {changes.map((c) => (
          <li key={c.id} className="py-2">
            <p className="text-sm text-muted">
              <time dateTime={c.date}>{date(c.date, "weekday")}</time>
              {c.actorName ? ` · ${c.actorName}` : ""}
              {c.by === "runner" ? ` (${t("patient.changes.byRunner")})` : ""}
            </p>
            <p className="font-semibold">{t(`patient.changes.kind.${c.kind}`, { phase: c.toPhase ?? 0 })}</p>
            {c.settings.length > 0 ? (
              <ul className="list-disc pl-5">
                {c.settings.map((s) => (
                  <li key={s.field}>{setting(s)}</li>
                ))}
              </ul>
            ) : null}
            {c.override ? (
              <ul className="list-disc pl-5">
                {c.override.phase !== undefined ? (
                  <li>{t("patient.changes.overridePhase", { phase: c.override.phase })}</li>
                ) : null}
                {c.override.level !== undefined ? (
                  <li>{t("patient.changes.overrideLevel", { level: c.override.level })}</li>
                ) : null}
                {c.override.backToLevelOn ? (
                  <li>{t("patient.changes.overrideDate", { date: date(c.override.backToLevelOn, "dayLong") })}</li>
                ) : null}
              </ul>
            ) : null}
            <ChangeDetail change={c} t={t} date={date} locale={locale} />
            {c.note ? <p className="mt-1 rounded bg-brand-50 px-2 py-1">“{c.note}”</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

// The program, pause and intake lines of a change (settings and overrides are listed above).
function ChangeDetail({
  change: c,
  t,
  date,
  locale,
}: {
  change: PlanChange;
  t: T;
  date: DateText;
  locale: "en" | "nl";
}) {
  const lines: string[] = [];
  if (c.program) {
    const session = t(`program.session.${c.program.sessionKind as ProgramSessionKind}`);
    const names = c.program.exerciseIds.map((id) => getExercise(id)?.name[locale] ?? id).join(", ");
    lines.push(
      names
        ? t("patient.changes.program", { session, phase: c.program.phase, exercises: names })
        : t("patient.changes.programReset", { session, phase: c.program.phase }),
    );
    if (c.program.instruction) lines.push(t("patient.changes.programInstruction", { text: c.program.instruction }));
  }
  if (c.pause)
    lines.push(
      t("patient.changes.pause", {
        reason: t(`control.pause.reasons.${(c.pause.reason ?? "other") as InterruptionReason}`),
        from: date(c.pause.from, "dayMonthLong"),
        to: date(c.pause.to, "dayMonthLong"),
      }),
    );
  for (const i of c.intake) lines.push(intakeLine(i, t, date));
  if (lines.length === 0) return null;
  return (
    <ul className="list-disc pl-5">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

// One corrected intake field in words both the runner and the physio read: the injury's fields by
// their name and choice (as the onboarding words them), dates through the formatter, days by name.
function intakeLine(i: PlanChange["intake"][number], t: T, date: DateText): string {
  const injury: Record<InjuryField, (v: unknown) => string> = {
    site: (v) => t(`onboarding.injury.sites.${v as InjurySite}`),
    tissue: (v) => t(`onboarding.injury.tissues.${v as Tissue}.label`),
    boneSite: (v) => t(`onboarding.injury.boneSites.${v as BoneSite}.label`),
    restPainBaseline: (v) => String(v),
    lastRunOn: (v) => date(v as string, "dayLong"),
    side: (v) => t(`control.intake.sides.${v as InjurySide}`),
    onsetOn: (v) => date(v as string, "dayLong"),
    diagnosis: (v) => {
      const d = v as Diagnosis;
      return [
        d.code
          ? `${d.code} ${t(`control.diagnosisCodes.${diagnosisCodeKey(d.code)}` as "control.diagnosisCodes.M76_6")}`
          : "",
        d.text ?? "",
      ]
        .filter(Boolean)
        .join(" · ");
    },
    imaging: (v) => {
      const i = v as Imaging;
      return [t(`control.intake.imagingTypes.${i.type}`), i.on ? date(i.on, "dayLong") : "", i.finding ?? ""]
        .filter(Boolean)
        .join(" · ");
    },
  };
  if (i.field in injury) {
    const field = i.field as InjuryField;
    return t("patient.changes.intakeField", {
      name: t(`control.intake.fieldNames.${field}`),
      value: injury[field](i.to),
    });
  }
  return t("patient.changes.intakeField", {
    name: t(`control.intake.${i.field as IntakeField}`),
    value: Array.isArray(i.to)
      ? i.to.map((d) => t(`control.weekday.${d as WeekdayNumber}`)).join(", ")
      : typeof i.to === "string"
        ? date(i.to, "dayLong")
        : typeof i.to === "number"
          ? i.to
          : "",
  });
}
