import { Fragment } from "react";
import { WARNING_SIGNS, sessionsOf, type CheckIn, type WarningSign } from "@/lib/engine";
import type { Translate } from "@/lib/i18n/app-config";
import type { DateText, T } from "./types";

const flags = WARNING_SIGNS;

const firstFlags = ["swelling", "nightPain", "limping", "boneTenderness"] as const;
const isFirstFlag = (flag: WarningSign): flag is (typeof firstFlags)[number] =>
  (firstFlags as readonly string[]).includes(flag);

/** A warning sign's short name; `root` translates full keys (the later signs live with the corrections' texts). */
export function warningSignName(root: Translate): (flag: WarningSign) => string {
  return (flag) => (isFirstFlag(flag) ? root(`patient.flag.${flag}`) : root(`corrections.flag.${flag}`));
}

type Props = {
  checkIns: CheckIn[];
  t: T;
  date: DateText;
  flagName: (flag: WarningSign) => string;
  corrected?: { dates: ReadonlySet<string>; label: string };
  /** The running tests of a day in words, each a line (none on most days). */
  readinessLines?: (c: CheckIn) => string[];
};

// Every report (its latest version), newest first, as a table; on a phone it scrolls sideways inside
// its own focusable box. A corrected day links to its versions. A day lists each of its sessions, the
// answer about the day before's run, and the runner's comment in a row of its own under the day.
export function CheckInTable({ checkIns, t, date, flagName, corrected, readinessLines }: Props) {
  const rows = [...checkIns].sort((a, b) => b.date.localeCompare(a.date));
  if (rows.length === 0) return <p className="text-muted">{t("checkIns.none")}</p>;
  return (
    <div
      role="region"
      aria-labelledby="check-ins-title"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200"
    >
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">{t("checkIns.caption")}</caption>
        <thead className="bg-brand-50">
          <tr>
            {(["date", "rest", "during", "after", "morning", "session", "minutes", "soreness", "flags"] as const).map(
              (col) => (
                <th key={col} scope="col" className="px-2 py-2 text-left font-semibold">
                  {t(`checkIns.col.${col}`)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const raised = flags.filter((f) => c[f]);
            const sessions = sessionsOf(c);
            const tests = readinessLines?.(c) ?? [];
            return (
              <Fragment key={c.date}>
                <tr className="border-t border-slate-200">
                  <th scope="row" className="px-2 py-1.5 text-left font-medium whitespace-nowrap">
                    <time dateTime={c.date}>{date(c.date, "day")}</time>
                    {corrected?.dates.has(c.date) ? (
                      <a href={`#corr-${c.date}`} className="block text-xs font-semibold text-amber-900 underline">
                        {corrected.label}
                      </a>
                    ) : null}
                  </th>
                  {[c.painRest, c.painDuring, c.painAfter, c.painMorning].map((pain, i) => (
                    <td key={i} className={`px-2 py-1.5 ${(pain ?? 0) > 0 ? "font-semibold text-red-900" : ""}`}>
                      {/* A rest day does not ask the pain during or after a session. */}
                      {pain ?? "–"}
                    </td>
                  ))}
                  <td className="px-2 py-1.5">
                    {sessions.length === 0 ? t("session.rest") : null}
                    {sessions.map((s, i) => (
                      <span key={i} className="block">
                        {t(`session.${s.kind}`)}
                        {!s.completed ? <span className="text-muted"> ({t("checkIns.notCompleted")})</span> : null}
                      </span>
                    ))}
                  </td>
                  <td className="px-2 py-1.5">
                    {sessions.length === 0 ? 0 : null}
                    {sessions.map((s, i) => (
                      <span key={i} className="block">
                        {s.minutes}
                      </span>
                    ))}
                  </td>
                  <td className="px-2 py-1.5">
                    {c.soreness ? t(`soreness.${c.soreness}`) : c.soreAfterYesterdaysRun === undefined ? "–" : null}
                    {c.soreAfterYesterdaysRun === undefined ? null : (
                      <span className={`block ${c.soreAfterYesterdaysRun ? "font-semibold text-red-900" : ""}`}>
                        {t(c.soreAfterYesterdaysRun ? "checkInDay.soreYesterday" : "checkInDay.notSoreYesterday")}
                      </span>
                    )}
                  </td>
                  <td className="px-2 py-1.5">
                    {raised.length > 0 ? (
                      <span className="font-semibold text-red-900">{raised.map(flagName).join(", ")}</span>
                    ) : (
                      "–"
                    )}
                  </td>
                </tr>
                {tests.length > 0 ? (
                  <tr>
                    <td colSpan={9} className="px-2 pb-2 text-sm">
                      <div className="sticky left-2 max-w-[min(40rem,calc(100vw-5rem))]">
                        <span className="font-semibold">{t("readiness.title")}:</span>
                        <ul className="list-disc pl-5">
                          {tests.map((line) => (
                            <li key={line}>{line}</li>
                          ))}
                        </ul>
                      </div>
                    </td>
                  </tr>
                ) : null}
                {c.comment ? (
                  <tr>
                    <td colSpan={9} className="px-2 pb-2 text-sm">
                      {/* Pinned to the box's left edge and as wide as a phone shows, so it reads without scrolling sideways. */}
                      <p className="sticky left-2 max-w-[min(40rem,calc(100vw-5rem))] break-words">
                        <span className="font-semibold">{t("checkInDay.comment")}: </span>
                        <q>{c.comment}</q>
                      </p>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
