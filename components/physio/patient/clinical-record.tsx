import { diagnosisCodeKey } from "@/lib/engine/diagnosis-codes";
import type { Intake } from "@/lib/engine";
import type { Translate } from "@/lib/i18n/app-config";
import type { DateText } from "@/lib/i18n/formats";

/** The injury's clinical record as label/value rows (side, onset, diagnosis, imaging); only what is filled in. */
export function clinicalFacts(intake: Intake, t: Translate, date: DateText): [string, string][] {
  const rows: [string, string][] = [];
  if (intake.side) rows.push([t("control.intake.side"), t(`control.intake.sides.${intake.side}`)]);
  if (intake.onsetOn) rows.push([t("control.intake.onsetOn"), date(intake.onsetOn, "dayLong")]);
  const { diagnosis, imaging } = intake;
  if (diagnosis?.text || diagnosis?.code) {
    const code = diagnosis.code
      ? `${diagnosis.code} ${t(`control.diagnosisCodes.${diagnosisCodeKey(diagnosis.code)}` as "control.diagnosisCodes.M76_6")}`
      : "";
    rows.push([t("control.intake.diagnosisLegend"), [diagnosis.text, code].filter(Boolean).join(" · ")]);
  }
  if (imaging)
    rows.push([
      t("control.intake.imagingLegend"),
      [t(`control.intake.imagingTypes.${imaging.type}`), imaging.on ? date(imaging.on, "dayLong") : "", imaging.finding]
        .filter(Boolean)
        .join(" · "),
    ]);
  return rows;
}

// Under the patient's name: what a physio looks for first in a file (side, onset, diagnosis, imaging).
export function ClinicalRecord({ intake, t, date }: { intake: Intake; t: Translate; date: DateText }) {
  const rows = clinicalFacts(intake, t, date);
  if (rows.length === 0) return null;
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold text-muted">{label}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
