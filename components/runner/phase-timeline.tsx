import type { PlanState } from "@/lib/engine";
import type { PhaseNumber, Translate } from "@/lib/i18n/app-config";
import type { DateText } from "@/lib/i18n/formats";

type T = Translate;

// The four phases in order, with where the runner is and when each phase started.
export function PhaseTimeline({ state, t, date }: { state: PlanState; t: T; date: DateText }) {
  const started = new Map(state.history.phases.map((p) => [p.phase, p.startedOn]));
  return (
    <ol className="grid grid-cols-1 gap-2 sm:grid-cols-4" aria-label={t("plan.timelineLabel")}>
      {[1, 2, 3, 4].map((phase) => {
        const status = phase < state.phase ? "done" : phase === state.phase ? "current" : "upcoming";
        const on = started.get(phase);
        return (
          <li
            key={phase}
            aria-current={status === "current" ? "step" : undefined}
            className={`rounded-xl border p-3 ${status === "current" ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700" : status === "done" ? "border-brand-100 bg-white" : "border-dashed border-slate-300 bg-white"}`}
          >
            <p className="text-sm font-semibold text-brand-700">
              {t("plan.phaseOf", { phase })} · {t(`plan.status.${status}`)}
            </p>
            <p className="font-bold">{t(`plan.phaseName.${phase as PhaseNumber}`)}</p>
            {on ? <p className="text-sm text-muted">{t("plan.startedOn", { date: date(on, "dayMonth") })}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
