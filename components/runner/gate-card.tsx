import { readinessTestIdList, type PlanState } from "@/lib/engine";
import type { ReasonLike } from "@/lib/i18n/reason-text";
import { card } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/app-config";

type T = Translate;

// What opens the next phase, and how far along the runner is ("3 of 5 pain-free days").
export function GateCard({ state, t, reason }: { state: PlanState; t: T; reason: (r: ReasonLike) => string }) {
  const { gate } = state;
  if (gate.toPhase === null) return null;
  const pct = Math.min(100, Math.round((gate.streak / Math.max(1, gate.required)) * 100));
  return (
    <section aria-labelledby="gate-title" className={card}>
      <h2 id="gate-title" className="text-xl font-bold">
        {t("plan.gateTitle", { phase: gate.toPhase })}
      </h2>
      <p className="mt-2 text-lg font-semibold">
        {t("plan.streak", { have: Math.min(gate.streak, gate.required), need: gate.required })}
      </p>
      <div
        className="mt-1 h-3 w-full overflow-hidden rounded-full bg-slate-200"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={gate.required}
        aria-valuenow={Math.min(gate.streak, gate.required)}
        aria-label={t("plan.streakLabel")}
      >
        <div className="h-full bg-brand-600" style={{ width: `${pct}%` }} />
      </div>
      <p className="mt-2 text-muted">
        {t("plan.minDays", { have: Math.min(gate.daysInPhase, gate.minDays), need: gate.minDays })}
      </p>
      {/* Only the tests that apply to this runner (readinessTestsFor): the hamstring adds two. */}
      {gate.readiness ? (
        <>
          <h3 className="mt-3 font-semibold">{t("plan.readinessTitle")}</h3>
          <ul className="mt-1 space-y-1">
            {readinessTestIdList
              .filter((test) => gate.readiness![test] !== undefined)
              .map((test) => (
                <li key={test} className="flex items-start gap-2">
                  <span aria-hidden className={gate.readiness![test] ? "text-brand-700" : "text-slate-400"}>
                    {gate.readiness![test] ? "✓" : "○"}
                  </span>
                  <span>
                    {t(`engine.gate.missing.readiness.${test}`)}{" "}
                    <span className="sr-only">{gate.readiness![test] ? t("plan.done") : t("plan.todo")}</span>
                  </span>
                </li>
              ))}
          </ul>
        </>
      ) : null}
      {gate.needsApproval ? <p className="mt-2 text-sm">{t("plan.needsApproval")}</p> : null}
      {gate.missing.length > 0 ? (
        <>
          <h3 className="mt-3 font-semibold">{t("plan.stillToDo")}</h3>
          <ul className="mt-1 list-disc pl-5">
            {gate.missing.map((m, i) => (
              <li key={i}>{reason(m)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-3 font-semibold text-brand-900">{t("plan.gateMet")}</p>
      )}
    </section>
  );
}
