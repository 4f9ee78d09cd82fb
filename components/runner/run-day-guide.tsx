import { EASY_EFFORT, runDayParts, type RunPainRule, type Session } from "@/lib/engine";
import type { Translate } from "@/lib/i18n/app-config";

/** The pain a run may cause, in the runner's words: the same limit the check-in is judged by. */
export function painRuleText(rule: RunPainRule, t: Translate): string {
  if (rule.kind === "none") return t("session.runDay.painBone");
  if (rule.kind === "tendon") return t("session.runDay.painTendon", { max: rule.max });
  return t("session.runDay.painTolerance", { max: rule.max });
}

export function effortText(t: Translate): string {
  return t("session.runDay.effort", { low: EASY_EFFORT.rpeLow, high: EASY_EFFORT.rpeHigh });
}

// A run day from start to end: warm-up, the blocks or the run, cool-down; then how easy, and how much
// pain is acceptable (the plan's own limit, so it matches the decision after the check-in).
export function RunDayGuide({
  session,
  painRule,
  t,
}: {
  session: Pick<Session, "kind" | "minutes" | "walkRun">;
  painRule?: RunPainRule;
  t: Translate;
}) {
  const parts = runDayParts(session);
  if (parts.length === 0) return null;
  return (
    <div className="mt-2 space-y-2" data-testid="run-day">
      <ol className="list-decimal space-y-1 pl-5">
        {parts.map((part) => (
          <li key={part.kind}>
            {part.kind === "warm_up"
              ? t("session.runDay.warmUp", { minutes: part.minutes })
              : part.kind === "cool_down"
                ? t("session.runDay.coolDown", { minutes: part.minutes })
                : part.kind === "blocks"
                  ? t("today.walkRun", { blocks: part.blocks, jog: part.jogMinutes, walk: part.walkMinutes })
                  : t("session.runDay.run", { minutes: part.minutes })}
          </li>
        ))}
      </ol>
      <p>{effortText(t)}</p>
      {painRule ? <p className="font-medium">{painRuleText(painRule, t)}</p> : null}
      <p className="text-sm text-muted">{t("session.runDay.warmUpPain")}</p>
    </div>
  );
}
