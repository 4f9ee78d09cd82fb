import type { DateText } from "@/lib/i18n/formats";
import type { Translate } from "@/lib/i18n/app-config";
import type { RunAhead } from "@/lib/server/plan/runs-ahead";

// The runs of the next two weeks, or, before phase 4, when running is expected to start again.
export function HandoutRuns({
  phase,
  runs,
  phase4StartOn,
  t,
  date,
}: {
  phase: number;
  runs: RunAhead[];
  phase4StartOn: string;
  t: Translate;
  date: DateText;
}) {
  const describe = (run: RunAhead) =>
    run.walkRun
      ? t("program.handout.walkRun", {
          minutes: run.minutes,
          blocks: run.walkRun.blocks,
          jog: run.walkRun.jogMinutes,
          walk: run.walkRun.walkMinutes,
        })
      : t("program.handout.run", { minutes: run.minutes });
  return (
    <section aria-labelledby="handout-runs" className="break-inside-avoid space-y-2">
      <h2 id="handout-runs" className="border-b border-slate-300 pb-1 text-xl font-bold">
        {t("program.handout.runsTitle")}
      </h2>
      {phase < 4 ? (
        <p>{t("program.handout.runningResumes", { phase, date: date(phase4StartOn, "dayMonthLong") })}</p>
      ) : runs.length === 0 ? (
        <p>{t("program.handout.noRuns")}</p>
      ) : (
        <>
          <p className="text-sm">{t("program.handout.runsLead")}</p>
          <ul className="divide-y divide-slate-200" data-testid="handout-runs">
            {runs.map((run) => (
              <li key={`${run.date}-${run.kind}`} className="flex flex-wrap gap-x-3 py-1">
                <time
                  dateTime={run.date}
                  className="w-full shrink-0 font-semibold first-letter:uppercase sm:w-56 print:w-56"
                >
                  {date(run.date, "weekday")}
                </time>
                <span className="min-w-0">
                  {describe(run)}
                  {run.tentative ? <span className="text-sm"> ({t("program.handout.plannedAhead")})</span> : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
