import type { CheckIn } from "@/lib/engine";
import type { DateText, T } from "./types";

const flags = ["swelling", "nightPain", "limping", "boneTenderness", "numbness", "feelingIll", "hotSwollenCalf", "suddenSharpPain"] as const;
export type WarningSign = (typeof flags)[number];

const firstFlags: readonly WarningSign[] = ["swelling", "nightPain", "limping", "boneTenderness"];

/** A warning sign's short name; `root` translates full keys (the later signs live with the corrections' texts). */
export function warningSignName(root: T): (flag: WarningSign) => string {
  return (flag) => root(firstFlags.includes(flag) ? `patient.flag.${flag}` : `corrections.flag.${flag}`);
}

type Props = { checkIns: CheckIn[]; t: T; date: DateText; flagName: (flag: WarningSign) => string; corrected?: { dates: ReadonlySet<string>; label: string } };

// Every report (its latest version), newest first, as a table; on a phone it scrolls sideways inside
// its own focusable box. A corrected day links to its versions.
export function CheckInTable({ checkIns, t, date, flagName, corrected }: Props) {
  const rows = [...checkIns].sort((a, b) => b.date.localeCompare(a.date));
  if (rows.length === 0) return <p className="text-muted">{t("checkIns.none")}</p>;
  return (
    <div role="region" aria-labelledby="check-ins-title" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">{t("checkIns.caption")}</caption>
        <thead className="bg-brand-50">
          <tr>
            {["date", "rest", "during", "after", "morning", "session", "minutes", "soreness", "flags"].map((col) => (
              <th key={col} scope="col" className="px-2 py-2 text-left font-semibold">
                {t(`checkIns.col.${col}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const raised = flags.filter((f) => c[f]);
            return (
              <tr key={c.date} className="border-t border-slate-200">
                <th scope="row" className="whitespace-nowrap px-2 py-1.5 text-left font-medium">
                  <time dateTime={c.date}>{date(c.date, "EEE d MMM")}</time>
                  {corrected?.dates.has(c.date) ? (
                    <a href={`#corr-${c.date}`} className="block text-xs font-semibold text-amber-900 underline">
                      {corrected.label}
                    </a>
                  ) : null}
                </th>
                {[c.painRest, c.painDuring, c.painAfter, c.painMorning].map((pain, i) => (
                  <td key={i} className={`px-2 py-1.5 ${pain > 0 ? "font-semibold text-red-900" : ""}`}>
                    {pain}
                  </td>
                ))}
                <td className="px-2 py-1.5">
                  {t(`session.${c.sessionKind}`)}
                  {c.sessionKind !== "rest" && !c.completed ? <span className="block text-muted">{t("checkIns.notCompleted")}</span> : null}
                </td>
                <td className="px-2 py-1.5">{c.minutes}</td>
                <td className="px-2 py-1.5">{c.soreness ? t(`soreness.${c.soreness}`) : "–"}</td>
                <td className="px-2 py-1.5">{raised.length > 0 ? <span className="font-semibold text-red-900">{raised.map(flagName).join(", ")}</span> : "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
