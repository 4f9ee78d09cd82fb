import { differenceInCalendarDays, parseISO } from "date-fns";
import { useTranslations } from "next-intl";
import { useRegionalFormatter } from "@/components/i18n/regional-format";
import { planDay } from "@/lib/i18n/formats";
import type { Answers, StepId } from "@/lib/server/onboarding/steps";

type Props = { answers: Answers; today: string; steps: readonly StepId[] };

// The answers as the runner would say them, each with a button back to its step.
export function ReviewStep({ answers, today, steps }: Props) {
  const t = useTranslations("onboarding");
  const format = useRegionalFormatter();
  const rows: { step: number; label: string; value: string }[] = [
    {
      step: 0,
      label: t("review.injury"),
      value:
        answers.site && answers.tissue
          ? [
              t(`injury.sites.${answers.site}`),
              t(`injury.tissues.${answers.tissue}.label`),
              answers.boneSite ? t(`injury.boneSites.${answers.boneSite}.label`) : null,
              answers.restPainBaseline !== undefined ? t("review.restPain", { pain: answers.restPainBaseline }) : null,
            ]
              .filter(Boolean)
              .join(" · ")
          : "",
    },
    {
      step: 1,
      label: t("review.lastRun"),
      value: answers.lastRunOn
        ? `${format.dateTime(planDay(answers.lastRunOn), "weekdayYear")} (${t("review.weeksAgo", { weeks: Math.floor(differenceInCalendarDays(parseISO(today), parseISO(answers.lastRunOn)) / 7) })})`
        : "",
    },
    {
      step: 2,
      label: t("review.running"),
      value: t("review.runningValue", {
        runs: answers.runsPerWeek ?? 0,
        minutes: answers.weeklyMinutes ?? 0,
        longest: answers.longestRunMinutes ?? 0,
      }),
    },
    {
      step: 3,
      label: t("review.days"),
      // Weekday names as the language writes them in a sentence ("maandag en woensdag"), 2024-01-01 being a Monday.
      value: format.list(
        (answers.trainingDays ?? []).map((day) =>
          format.dateTime(planDay(`2024-01-0${day}`), { weekday: "long", timeZone: "UTC" }),
        ),
      ),
    },
  ];
  return (
    <div className="space-y-4">
      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
        {rows.map((row) => (
          <div key={row.step} className="p-3">
            <dt className="text-sm font-semibold text-muted">{row.label}</dt>
            <dd className="flex items-start justify-between gap-3">
              <span className="min-w-0 pt-2.5 font-medium">{row.value}</span>
              <button
                type="submit"
                name="intent"
                value={`goto:${row.step}`}
                aria-label={`${t("edit")}: ${t(`steps.${steps[row.step] ?? "review"}`)}`}
                className="inline-flex min-h-11 shrink-0 items-center rounded-md px-3 font-semibold text-brand-700 underline hover:bg-brand-50"
              >
                {t("edit")}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <p className="rounded-lg bg-brand-50 p-3 text-brand-900">{t("review.disclaimer")}</p>
    </div>
  );
}
