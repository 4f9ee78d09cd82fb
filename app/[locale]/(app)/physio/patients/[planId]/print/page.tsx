import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { CheckInTable, warningSignName } from "@/components/physio/patient/check-in-table";
import { missingText } from "@/components/physio/patient/gate-summary";
import { PrintButton } from "@/components/physio/patient/print-button";
import { TransitionList } from "@/components/physio/patient/patient-summary";
import { PhysioChanges } from "@/components/runner/physio-changes";
import { ProgressCharts } from "@/components/runner/progress/progress-charts";
import { buildProgress } from "@/lib/server/plan/progress";
import { correctedIntake } from "@/lib/engine";
import { clinicalFacts } from "@/components/physio/patient/clinical-record";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import { loadPatientForPage } from "../load-patient";
import { A4_PRINT_CSS } from "@/components/physio/patient/print-css";
import { textLink } from "@/components/ui/styles";
import type { PhaseNumber, TranslateIn, WeekdayNumber } from "@/lib/i18n/app-config";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/patients/[planId]/print">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "patient" });
  return { title: t("print.metaTitle") };
}

// The complete file report on A4: intake, settings, gate, projection, phase transitions, every
// change (clearances, settings, overrides, pauses, programs), weekly adherence with planned vs
// reported running, charts and every check-in. No navigation, black on white, sections kept whole.
const printCss = A4_PRINT_CSS;

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="break-inside-avoid border-t border-slate-300 pt-3">
      <h2 className="text-lg font-bold">{title}</h2>
      <div className="mt-1">{children}</div>
    </section>
  );
}

// Label and value side by side, one row a fact.
function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt>{label}</dt>
          <dd className="font-semibold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function PrintPage({ params }: PageProps<"/[locale]/physio/patients/[planId]/print">) {
  const { locale: raw, planId } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const patient = await loadPatientForPage(locale, planId, `/physio/patients/${planId}/print`);
  const { t: root, reason, date } = await getDataText();
  const t: TranslateIn<"patient"> = (key, p) => root(`patient.${key}`, p);
  const { state, plan, settings } = patient;
  const intake = correctedIntake(plan.intake, plan.events, patient.today);
  const p = state.projection;
  const approvals = ([2, 3, 4] as const).filter((n) => settings.approvalRequired[`toPhase${n}`]);
  const rows: [string, string][] = [
    [t("print.tolerance"), String(intake.tissue === "bone" ? 0 : settings.tolerance)],
    [
      t("print.painFreeDays"),
      `${settings.painFreeDays.toPhase2} / ${settings.painFreeDays.toPhase3} / ${settings.painFreeDays.toPhase4}`,
    ],
    [
      t("print.minPhaseDays"),
      `${settings.minPhaseDays.phase1} / ${settings.minPhaseDays.phase2} / ${settings.minPhaseDays.phase3}`,
    ],
    [t("print.approval"), approvals.length > 0 ? approvals.join(", ") : t("print.approvalNone")],
    ...(intake.tissue === "tendon"
      ? [[t("print.tendonModel"), t(settings.tendonPainModel ? "changes.on" : "changes.off")] as [string, string]]
      : []),
    [t("print.maxLevels"), String(settings.maxLevelsPerWeek)],
  ];

  return (
    <div className="space-y-4 bg-white pt-4 text-black print:pt-0">
      <style>{printCss}</style>
      <div data-skip-print className="flex flex-wrap items-center justify-between gap-2">
        <Link href={`/physio/patients/${patient.planId}`} className={textLink}>
          {t("print.back")}
        </Link>
        <PrintButton label={t("print.print")} />
      </div>
      <header>
        <h1 className="text-2xl font-bold">{t("print.title", { name: patient.name })}</h1>
        <p>
          {t("injury", {
            site: root(`onboarding.injury.sites.${intake.site}`),
            tissue: root(`onboarding.injury.tissues.${intake.tissue}.label`),
          })}
        </p>
        <p className="font-semibold">
          {t("phaseLine", {
            phase: state.phase,
            name: t(`phaseName.${state.phase as PhaseNumber}`),
            days: state.gate.daysInPhase,
          })}{" "}
          · {t(`status.${state.status}`)}
        </p>
        <p className="text-sm">{t("print.printed", { date: date(patient.today, "dayLong") })}</p>
      </header>
      {plan.row.dischargedOn ? (
        <Block title={t("print.summary.title")}>
          <Facts
            rows={[
              [t("print.summary.on"), date(plan.row.dischargedOn, "dayLong")],
              [
                t("print.summary.at"),
                `${t("phaseLine", {
                  phase: state.phase,
                  name: t(`phaseName.${state.phase as PhaseNumber}`),
                  days: state.gate.daysInPhase,
                })}${state.level ? ` · ${t("level", { level: state.level.current, total: state.level.total })}` : ""}`,
              ],
              [t("print.summary.note"), plan.events.find((e) => e.kind === "discharge")?.note ?? "–"],
            ]}
          />
        </Block>
      ) : null}
      <Block title={t("print.intake")}>
        <Facts
          rows={[
            [root("control.intake.runsPerWeek"), String(intake.runsPerWeek)],
            [root("control.intake.weeklyMinutes"), String(intake.weeklyMinutes)],
            [root("control.intake.longestRunMinutes"), String(intake.longestRunMinutes)],
            [
              root("control.intake.trainingDays"),
              intake.trainingDays.map((d) => root(`control.weekday.${d as WeekdayNumber}`)).join(", "),
            ],
            [t("print.lastRun"), date(intake.lastRunOn, "dayLong")],
            ...clinicalFacts(intake, root, date),
            [t("print.started"), date(intake.startOn, "dayLong")],
          ]}
        />
      </Block>
      <Block title={t("print.settings")}>
        <Facts rows={rows} />
      </Block>
      {state.gate.toPhase !== null ? (
        <Block title={t("gate.title", { phase: state.gate.toPhase })}>
          <p>
            {t("gate.streak", { have: Math.min(state.gate.streak, state.gate.required), need: state.gate.required })}
          </p>
          <p>
            {t("gate.minDays", {
              have: Math.min(state.gate.daysInPhase, state.gate.minDays),
              need: state.gate.minDays,
            })}
          </p>
          {state.gate.missing.length > 0 ? (
            <ul className="list-disc pl-5">
              {state.gate.missing.map((m, i) => (
                <li key={i}>{missingText(m, t, reason)}</li>
              ))}
            </ul>
          ) : null}
        </Block>
      ) : null}
      <Block title={t("projection.title")}>
        <p className="font-semibold">
          {date(p.backToLevelOn, "dayLong")}
          {p.isEstimate ? ` (${t("projection.estimate")})` : ""}
        </p>
        <p>
          {t("projection.ruleOfThumbLabel")}: {date(p.ruleOfThumbOn, "dayLong")}
          {p.safetyOn ? ` · ${t("projection.safetyLabel")}: ${date(p.safetyOn, "dayLong")}` : ""}
        </p>
        <p>{t("projection.rule", { weeksOff: p.weeksOff, rebuildWeeks: p.rebuildWeeks })}</p>
      </Block>
      <Block title={t("print.week")}>
        <ul>
          {state.week.map((day) => (
            <li key={day.date} className="flex gap-2">
              <span className="w-32 shrink-0">{date(day.date, "day")}</span>
              <span>
                {day.sessions
                  .filter((s) => s.kind !== "rest")
                  .map((s) => `${t(`session.${s.kind}`)} ${t("print.minutes", { minutes: s.minutes })}`)
                  .join(" + ") || t("print.rest")}
              </span>
            </li>
          ))}
        </ul>
      </Block>
      <Block title={t("transitions")}>
        <TransitionList phases={state.history.phases} t={t} date={date} />
      </Block>
      <Block title={t("adherence.title")}>
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-400 text-left">
              <th scope="col">{t("adherence.col.week")}</th>
              <th scope="col">{t("adherence.col.sessions")}</th>
              <th scope="col">{t("adherence.col.running")}</th>
            </tr>
          </thead>
          <tbody>
            {state.adherence.map((w) => (
              <tr key={w.weekStart} className="border-b border-slate-200">
                <th scope="row" className="text-left font-normal">
                  {date(w.weekStart, "dayMonth")}
                </th>
                <td>{t("adherence.sessions", { done: w.doneSessions, planned: w.plannedSessions })}</td>
                <td>
                  {t("adherence.running", { done: Math.round(w.runMinutes), planned: Math.round(w.plannedRunMinutes) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Block>
      <div className="break-inside-avoid">
        <PhysioChanges
          changes={patient.changes}
          t={root}
          date={date}
          title={t("changes.titlePhysio")}
          locale={locale}
        />
      </div>
      <ProgressCharts progress={buildProgress(patient.plan, patient.today, patient.state)} />
      <Block title={t("print.allCheckIns")}>
        <h3 id="check-ins-title" className="sr-only">
          {t("print.allCheckIns")}
        </h3>
        <CheckInTable checkIns={plan.checkIns} t={t} date={date} flagName={warningSignName(root)} />
      </Block>
      {patient.notes.length > 0 ? (
        <Block title={t("print.notes")}>
          <ul className="space-y-1">
            {patient.notes.map((n) => (
              <li key={n.id}>
                <span className="text-sm">{date(n.createdAt.slice(0, 10), "dayShort")}: </span>
                <span className="whitespace-pre-line">{n.body}</span>
              </li>
            ))}
          </ul>
        </Block>
      ) : null}
    </div>
  );
}
