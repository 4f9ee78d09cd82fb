import type { PlanState } from "@/lib/engine";
import type { ReasonLike } from "@/lib/i18n/reason-text";
import type { T } from "./types";
import { card } from "@/components/ui/styles";

/** What a gate still misses, in the physio's words where the runner's text would say "your physio". */
export function missingText(m: ReasonLike, t: T, reason: (r: ReasonLike) => string): string {
  if (m.key === "gate.missing.approval") return t("gate.missingApproval");
  if (m.key === "gate.missing.clearance") return t("gate.missingClearance");
  return reason(m);
}

// The gate as the physio reads it: how far along, and what is still missing (in the physio's words
// where the runner's text would say "your physio").
export function GateSummary({ state, t, reason }: { state: PlanState; t: T; reason: (r: ReasonLike) => string }) {
  const { gate } = state;
  return (
    <section aria-labelledby="gate-title" className={card}>
      <h2 id="gate-title" className="text-xl font-bold">
        {gate.toPhase === null ? t("gate.none") : t("gate.title", { phase: gate.toPhase })}
      </h2>
      {gate.toPhase !== null ? (
        <>
          <p className="mt-2 text-lg font-semibold" data-testid="gate-streak">
            {t("gate.streak", { have: Math.min(gate.streak, gate.required), need: gate.required })}
          </p>
          <p className="text-muted">
            {t("gate.minDays", { have: Math.min(gate.daysInPhase, gate.minDays), need: gate.minDays })}
          </p>
          {gate.needsApproval ? <p className="mt-1 text-sm">{t("gate.needsApproval")}</p> : null}
          {gate.missing.length > 0 ? (
            <>
              <h3 className="mt-3 font-semibold">{t("gate.missing")}</h3>
              <ul className="mt-1 list-disc pl-5">
                {gate.missing.map((m, i) => (
                  <li key={i}>{missingText(m, t, reason)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-2 font-semibold text-brand-900">{t("gate.met")}</p>
          )}
        </>
      ) : null}
    </section>
  );
}
