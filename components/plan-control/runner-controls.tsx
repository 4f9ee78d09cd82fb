import { pauseView } from "./pause-view";
import { correctedIntake, type PlanState } from "@/lib/engine";
import type { FormAction } from "@/lib/http/action-result";
import type { SchemaFormAction } from "@/lib/http/form-action";
import type { LoadedPlan } from "@/lib/server/plan/load-plan";
import { lastPauseDay } from "@/lib/server/plan/pause-plan";
import { IntakeForm } from "./intake-form";
import { PausePanel } from "./pause-panel";
import { KeptOpenDetails } from "@/components/ui/kept-open-details";
import { card } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/app-config";

type T = Translate;
import type { DateText } from "@/lib/i18n/formats";
type Note = { id: string; body: string; createdAt: Date; authorName: string | null };

// On /plan: the physio's notes for the runner, a pause the runner can start or end, and (for a
// self-guided plan, with no physio to ask) a correction of the intake. A discharged plan is read-only.
export function RunnerControls({
  plan,
  state,
  today,
  notes,
  t,
  date,
  actions,
  part,
}: {
  /** "notes": the physio's notes (high on the page); "changes": pause and intake, folded away at its end. */
  part: "notes" | "changes";
  plan: LoadedPlan;
  state: PlanState;
  today: string;
  notes: Note[];
  t: T;
  date: DateText;
  actions: { startPause: SchemaFormAction; endPause: SchemaFormAction; correctIntake: FormAction };
}) {
  const discharged = plan.row.dischargedOn;
  const intake = correctedIntake(plan.intake, plan.events, today);
  const pause = pauseView(state.pause, today, date);
  if (part === "notes")
    return (
      <>
        {discharged ? (
          <p role="status" className="rounded-lg bg-slate-100 p-3 font-semibold">
            {t("control.runner.discharged", { date: date(discharged, "dayLong") })}
          </p>
        ) : null}
        {notes.length > 0 ? (
          <section aria-labelledby="physio-notes-title" className={card}>
            <h2 id="physio-notes-title" className="text-xl font-bold">
              {t("control.runner.notesTitle")}
            </h2>
            <ol className="mt-2 divide-y divide-slate-200">
              {notes.map((n) => (
                <li key={n.id} className="py-2">
                  <p className="whitespace-pre-line">{n.body}</p>
                  <p className="text-sm text-muted">
                    {n.authorName ?? ""} ·{" "}
                    <time dateTime={n.createdAt.toISOString()}>
                      {date(n.createdAt.toISOString().slice(0, 10), "dayLong")}
                    </time>
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </>
    );
  return (
    <>
      {discharged ? null : (
        // At the end of /plan, folded away (a native disclosure): open while a pause is planned or running.
        <KeptOpenDetails
          id="something-changed"
          className={card}
          initiallyOpen={pause !== null}
          summary={
            <summary className="min-h-11 cursor-pointer content-center text-xl font-bold">
              {t("control.runner.somethingChanged")}
            </summary>
          }
        >
          <div className="mt-3 space-y-5">
            <section aria-labelledby="pause-title">
              <h2 id="pause-title" className="text-xl font-bold">
                {t("control.runner.pauseTitle")}
              </h2>
              <p className="mt-1 mb-2 text-sm text-muted">{t("control.runner.pauseLead")}</p>
              <PausePanel
                planId={plan.row.id}
                pause={pause}
                today={today}
                maxTo={lastPauseDay(today)}
                startAction={actions.startPause}
                endAction={actions.endPause}
                forRunner
              />
            </section>
            {plan.row.physioId === null ? (
              <section aria-labelledby="intake-title">
                <h2 id="intake-title" className="text-xl font-bold">
                  {t("control.intake.title")}
                </h2>
                <p className="mt-1 text-sm text-muted">{t("control.runner.intakeLead")}</p>
                <IntakeForm planId={plan.row.id} intake={intake} action={actions.correctIntake} forRunner />
              </section>
            ) : null}
          </div>
        </KeptOpenDetails>
      )}
    </>
  );
}
