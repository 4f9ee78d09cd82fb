import type { PlanState } from "@/lib/engine";
import type { PhaseNumber, Translate } from "@/lib/i18n/app-config";

type T = Translate;

// "Phase 2 of 4 · Mobility" with the day in the phase, shown atop the runner's pages.
export function PhaseHeader({ state, t, title }: { state: PlanState; t: T; title: string }) {
  return (
    <header className="pt-6">
      <p className="text-sm font-semibold text-brand-700">
        {t("plan.phaseOf", { phase: state.phase })} · {t(`plan.phaseName.${state.phase as PhaseNumber}`)} ·{" "}
        {t("plan.dayInPhase", { days: state.gate.daysInPhase })}
      </p>
      <h1 className="mt-1 text-2xl font-bold text-brand-900">{title}</h1>
    </header>
  );
}
