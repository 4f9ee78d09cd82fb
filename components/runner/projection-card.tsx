import type { PlanState } from "@/lib/engine";
import type { ReasonLike } from "@/lib/i18n/reason-text";
import { card } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/app-config";
import { ProjectionDetails } from "@/components/projection/projection-details";
import type { DateText } from "@/lib/i18n/formats";

type T = Translate;

// The date back at the old level, with the rule of thumb behind it in one line.
export function ProjectionCard({
  state,
  t,
  reason,
  date,
}: {
  state: PlanState;
  t: T;
  reason: (r: ReasonLike) => string;
  date: DateText;
}) {
  const p = state.projection;
  return (
    <section aria-labelledby="projection-title" className={card}>
      <h2 id="projection-title" className="text-xl font-bold">
        {t("plan.projectionTitle")}
      </h2>
      <p className="mt-2 text-2xl font-bold text-brand-900">
        {p.isEstimate ? t("plan.around", { date: date(p.backToLevelOn, "dayLong") }) : date(p.backToLevelOn, "dayLong")}
        {p.isEstimate ? (
          <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 align-middle text-sm font-semibold text-amber-900">
            {t("plan.estimate")}
          </span>
        ) : null}
      </p>
      <ProjectionDetails
        projection={p}
        labels={{ ruleOfThumb: t("plan.ruleOfThumbLabel"), safety: t("plan.safetyLabel") }}
        date={date}
        reason={reason}
        listClassName="mt-2 space-y-1"
      >
        <p className="mt-2">{t("plan.ruleOfThumb", { weeksOff: p.weeksOff, rebuildWeeks: p.weeksOff * 2 })}</p>
        <p className="mt-1 text-muted">
          {state.phase < 4
            ? t("plan.phase4Estimate", { date: date(p.phase4StartOn, "dayMonthLong") })
            : t("plan.phase4Started", { date: date(p.phase4StartOn, "dayMonthLong") })}
        </p>
      </ProjectionDetails>
    </section>
  );
}
