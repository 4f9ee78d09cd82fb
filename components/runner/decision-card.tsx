import type { Decision } from "@/lib/engine";
import type { ReasonLike } from "@/lib/i18n/reason-text";
import { decisionTone } from "@/components/runner/decision-tone";

type Props = {
  decision: Decision;
  title: string;
  actionLabel: string;
  reason: (r: ReasonLike) => string;
  restLabel?: string;
};

// The engine's last decision in words: what happens now, and why in one plain sentence each.
export function DecisionCard({ decision, title, actionLabel, reason, restLabel }: Props) {
  return (
    <section aria-labelledby="decision-title" className={`rounded-xl border-l-4 p-4 ${decisionTone[decision.action]}`}>
      <h2 id="decision-title" className="text-sm font-semibold text-muted">
        {title}
      </h2>
      <p className="mt-1 text-lg font-bold">{actionLabel}</p>
      {restLabel ? <p className="font-semibold">{restLabel}</p> : null}
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {decision.reasons.map((r, i) => (
          <li key={`${r.key}-${i}`}>{reason(r)}</li>
        ))}
      </ul>
    </section>
  );
}
