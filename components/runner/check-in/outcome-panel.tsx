"use client";

import { useTranslations } from "next-intl";
import { useRegionalFormatter } from "@/components/i18n/regional-format";
import { useEffect, useRef } from "react";
import type { CheckInOutcome } from "@/lib/server/check-in/record-check-in";
import { useMessage } from "@/components/ui/use-message";
import { Link } from "@/lib/i18n/navigation";
import { reasonText } from "@/lib/i18n/reason-text";
import { dateText } from "@/lib/i18n/formats";
import { decisionTone } from "@/components/runner/decision-tone";

// Shown the moment a check-in is saved: the decision and why, in the runner's language.
export function CheckInOutcomePanel({ outcome, hasPhysio }: { outcome: CheckInOutcome; hasPhysio: boolean }) {
  const t = useTranslations("checkIn");
  const reason = reasonText(useMessage(), dateText(useRegionalFormatter()), hasPhysio ? "linked" : "self");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { decision, status } = outcome;
  const paused = status === "paused_red_flag";
  return (
    <section
      role="status"
      aria-labelledby="outcome-title"
      className={`space-y-3 rounded-xl border-l-4 p-4 ${decisionTone[paused ? "refer" : decision.action]}`}
    >
      <p className="font-semibold text-brand-900">✓ {outcome.corrected ? t("corrected") : t("saved")}</p>
      <h2 id="outcome-title" ref={heading} tabIndex={-1} className="text-2xl font-bold">
        {paused ? t("pausedTitle") : t(`action.${decision.action}`)}
      </h2>
      {decision.restDays > 0 && !paused ? (
        <p className="font-semibold">{t("restDays", { days: decision.restDays })}</p>
      ) : null}
      <ul className="list-disc space-y-1 pl-5">
        {decision.reasons.map((r, i) => (
          <li key={`${r.key}-${i}`}>{reason(r)}</li>
        ))}
      </ul>
      {paused ? <p className="font-semibold text-red-900">{t("pausedNext")}</p> : null}
      <div className="flex flex-wrap gap-3 pt-2">
        <Link
          href="/today"
          className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-900"
        >
          {paused ? t("whatNow") : t("backToToday")}
        </Link>
        <Link
          href="/plan"
          className="inline-flex min-h-12 items-center rounded-lg border border-brand-700 px-5 font-semibold text-brand-900"
        >
          {t("seePlan")}
        </Link>
      </div>
    </section>
  );
}
