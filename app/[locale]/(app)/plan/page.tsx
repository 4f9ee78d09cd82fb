import { setRequestLocale } from "next-intl/server";
import { correctedIntake } from "@/lib/engine";
import { BoneRiskNote } from "@/components/runner/bone-risk-note";
import { CauseFinder } from "@/components/runner/cause-finder";
import { GateCard } from "@/components/runner/gate-card";
import { PhaseHeader } from "@/components/runner/phase-header";
import { PhaseTimeline } from "@/components/runner/phase-timeline";
import { PhysioChanges } from "@/components/runner/physio-changes";
import { ProjectionCard } from "@/components/runner/projection-card";
import { SpeedWorkNote } from "@/components/runner/speed-work";
import { WeekPlan } from "@/components/runner/week-plan";
import { requireRunnerPlan } from "@/lib/http/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import { getDb } from "@/lib/db/client";
import { planNextWeek } from "@/lib/server/plan/coming-sessions";
import { stateOf } from "@/lib/server/plan/load-plan";
import { listPlanChanges } from "@/lib/server/plan/plan-changes";
import { RunnerControls } from "@/components/plan-control/runner-controls";
import { notesForRunner } from "@/lib/server/physio/add-note";
import { runnerCorrectIntakeAction, runnerEndPauseAction, runnerStartPauseAction } from "./actions";
import { card } from "@/components/ui/styles";
import { titleFrom } from "@/lib/i18n/page-title";

import { DischargedCard } from "@/components/runner/discharged-card";
import { dischargeOf } from "@/lib/server/plan/discharge-view";
import { toLocale } from "@/lib/i18n/routing";

export const generateMetadata = titleFrom("plan.title");

export default async function PlanPage({ params }: PageProps<"/[locale]/plan">) {
  const { locale: raw } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const { plan, today } = await requireRunnerPlan(locale, "/plan");
  const state = stateOf(plan, today);
  const [{ t, reason, date }, changes, notes] = await Promise.all([
    getDataText({ hasPhysio: plan.row.physioId !== null }),
    listPlanChanges(getDb(), plan),
    notesForRunner(getDb(), plan),
  ]);

  const discharge = dischargeOf(plan, state);
  // The notes near the top, the pause and the intake correction at the end: one set of props for both parts.
  const controls = {
    plan,
    state,
    today,
    notes,
    t,
    date,
    actions: {
      startPause: runnerStartPauseAction,
      endPause: runnerEndPauseAction,
      correctIntake: runnerCorrectIntakeAction,
    },
  };
  return (
    <div className="space-y-5">
      <PhaseHeader state={state} t={t} title={t("plan.title")} />
      {discharge ? <DischargedCard discharge={discharge} t={t} date={date} /> : null}
      {state.status === "paused_red_flag" ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 font-semibold text-red-900">
          {t("plan.paused")}{" "}
          <Link href="/today" className="underline">
            {t("plan.pausedLink")}
          </Link>
        </p>
      ) : null}
      <BoneRiskNote intake={correctedIntake(plan.intake, plan.events, today)} t={t} textKey="plan.boneHighRisk" />
      <PhaseTimeline state={state} t={t} date={date} />
      {discharge ? null : <GateCard state={state} t={t} reason={reason} />}
      {state.level ? (
        <section aria-labelledby="level-title" className={card}>
          <h2 id="level-title" className="text-xl font-bold">
            {t("plan.levelTitle", { level: state.level.current, total: state.level.total })}
          </h2>
          <p className="mt-1">{reason(state.level.spec.description)}</p>
          {state.level.spec.speed ? <SpeedWorkNote speed={state.level.spec.speed} t={t} /> : null}
          <p className="mt-1 text-muted">
            {t("plan.levelRuns", {
              done: Math.min(state.level.completions, state.level.required),
              required: state.level.required,
            })}
          </p>
          {state.level.next ? (
            <p className="mt-1 text-sm">{t("plan.nextLevel", { text: reason(state.level.next.description) })}</p>
          ) : null}
        </section>
      ) : null}
      <PhysioChanges
        changes={changes}
        t={t}
        date={date}
        title={t("patient.changes.titleRunner")}
        lead={t("patient.changes.leadRunner")}
        locale={locale}
      />
      <RunnerControls part="notes" {...controls} />
      <ProjectionCard state={state} t={t} reason={reason} date={date} />
      {discharge ? null : (
        <WeekPlan
          week={state.week}
          nextWeek={planNextWeek(plan, today, state)}
          startOn={plan.intake.startOn}
          today={today}
          t={t}
          date={date}
        />
      )}
      {state.phase === 3 ? <CauseFinder /> : null}
      <RunnerControls part="changes" {...controls} />
      <p className="text-sm text-muted">{t(plan.row.physioId ? "plan.noDiagnosis" : "plan.noDiagnosisSelf")}</p>
    </div>
  );
}
