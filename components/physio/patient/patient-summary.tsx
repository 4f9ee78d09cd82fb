import type { Patient } from "@/lib/server/physio/load-patient-plan";
import type { ReasonLike } from "@/lib/i18n/reason-text";
import type { DateText, T } from "./types";
import { card } from "@/components/ui/styles";
import type { PhaseNumber } from "@/lib/i18n/app-config";
import { ProjectionDetails } from "@/components/projection/projection-details";

const statusTone: Record<string, string> = {
  active: "bg-brand-50 text-brand-900",
  paused_red_flag: "bg-red-800 text-white",
  awaiting_approval: "bg-sky-100 text-sky-900",
  completed: "bg-brand-700 text-white",
  discharged: "bg-slate-700 text-white",
};

// Name, injury, phase and status; the engine's alerts right under it.
export function PatientHeader({
  patient,
  t,
  siteName,
  tissueName,
}: {
  patient: Patient;
  t: T;
  siteName: string;
  tissueName: string;
}) {
  const { state } = patient;
  // A discharged plan reads as discharged, whatever its last status was.
  const status = patient.plan.row.dischargedOn ? "discharged" : state.status;
  return (
    <header className="pt-1">
      <h1 className="text-2xl font-bold text-brand-900">{patient.name}</h1>
      {/* One line where it fits: the overview's decision has to stay above the fold on a laptop. */}
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="text-muted">{t("injury", { site: siteName, tissue: tissueName })}</span>
        <span className="font-semibold">
          {t("phaseLine", {
            phase: state.phase,
            name: t(`phaseName.${state.phase as PhaseNumber}`),
            days: state.gate.daysInPhase,
          })}
          {state.level ? ` · ${t("level", { level: state.level.current, total: state.level.total })}` : ""}
        </span>
        <span className={`rounded-md px-2 py-0.5 text-sm font-semibold ${statusTone[status] ?? ""}`}>
          {t(`status.${status}`)}
        </span>
      </p>
    </header>
  );
}

export function PatientAlerts({
  alerts,
  reason,
  date,
}: {
  alerts: Patient["state"]["alerts"];
  reason: (r: ReasonLike) => string;
  date: DateText;
}) {
  if (alerts.length === 0) return null;
  const tone = {
    high: "border-red-300 bg-red-50 text-red-900",
    medium: "border-amber-300 bg-amber-50 text-amber-900",
    low: "border-slate-200 bg-white",
  } as const;
  return (
    <ul className="space-y-2" data-testid="patient-alerts">
      {alerts.map((a) => (
        <li key={`${a.kind}-${a.on}`} className={`rounded-lg border p-3 font-medium ${tone[a.severity]}`}>
          {reason(a)} <span className="text-sm font-normal">({date(a.on, "dayMonth")})</span>
        </li>
      ))}
    </ul>
  );
}

export function ProjectionSummary({
  patient,
  t,
  date,
  reason,
}: {
  patient: Patient;
  t: T;
  date: DateText;
  reason: (r: ReasonLike) => string;
}) {
  const p = patient.state.projection;
  return (
    <section aria-labelledby="projection-title" className={card}>
      <h2 id="projection-title" className="text-xl font-bold">
        {t("projection.title")}
      </h2>
      <p className="mt-1 text-xl font-bold text-brand-900">
        {date(p.backToLevelOn, "dayLong")}
        {p.isEstimate ? (
          <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 align-middle text-sm font-semibold text-amber-900">
            {t("projection.estimate")}
          </span>
        ) : null}
      </p>
      <ProjectionDetails
        projection={p}
        labels={{ ruleOfThumb: t("projection.ruleOfThumbLabel"), safety: t("projection.safetyLabel") }}
        date={date}
        reason={reason}
        listClassName="mt-1 space-y-1"
      >
        <p className="mt-1">{t("projection.rule", { weeksOff: p.weeksOff, rebuildWeeks: p.rebuildWeeks })}</p>
        <p className="text-muted">
          {patient.state.phase < 4
            ? t("projection.phase4Estimate", { date: date(p.phase4StartOn, "dayMonthLong") })
            : t("projection.phase4Started", { date: date(p.phase4StartOn, "dayMonthLong") })}
        </p>
      </ProjectionDetails>
    </section>
  );
}

export function TransitionList({
  phases,
  t,
  date,
}: {
  phases: Patient["state"]["history"]["phases"];
  t: T;
  date: DateText;
}) {
  return (
    <ol className="space-y-2 border-l-2 border-brand-100 pl-4">
      {phases.map((p) => (
        <li key={`${p.phase}-${p.startedOn}`}>
          <p className="font-semibold">
            {t("phaseLineShort", { phase: p.phase, name: t(`phaseName.${p.phase as PhaseNumber}`) })}
          </p>
          <p className="text-sm text-muted">
            <time dateTime={p.startedOn}>{date(p.startedOn, "weekday")}</time> · {t(`via.${p.via}`)}
          </p>
        </li>
      ))}
    </ol>
  );
}
