import type { ReactNode } from "react";
import type { PlanState } from "@/lib/engine";
import type { ReasonLike } from "@/lib/i18n/reason-text";
import type { DateText } from "@/lib/i18n/formats";

// What stands behind the projected date, the same for the runner and the physio: both dates (DOMAIN §2:
// the rule of thumb's own, and the later one the safety limits need), the caller's lines on the rule and
// phase 4 (`children`), then every reason the date moved.
export function ProjectionDetails({
  projection: p,
  labels,
  date,
  reason,
  listClassName,
  children,
}: {
  projection: PlanState["projection"];
  labels: { ruleOfThumb: string; safety: string };
  date: DateText;
  reason: (r: ReasonLike) => string;
  listClassName: string;
  children: ReactNode;
}) {
  return (
    <>
      <dl className={listClassName}>
        <div>
          <dt className="inline font-semibold">{labels.ruleOfThumb}: </dt>
          <dd className="inline">{date(p.ruleOfThumbOn, "dayLong")}</dd>
        </div>
        {p.safetyOn ? (
          <div>
            <dt className="inline font-semibold">{labels.safety}: </dt>
            <dd className="inline">{date(p.safetyOn, "dayLong")}</dd>
          </div>
        ) : null}
      </dl>
      {children}
      {p.reasons.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {p.reasons.map((r, i) => (
            <li key={i}>{reason(r)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
