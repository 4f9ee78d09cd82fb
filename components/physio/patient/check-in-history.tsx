import { getRegionalFormatter } from "@/lib/i18n/server-text";
import type { CorrectedDay, ShownValue } from "@/lib/server/check-in/check-in-history";
import type { Translate } from "@/lib/i18n/app-config";
import type { DateText } from "./types";
// Stored versions hold values the engine's schemas accepted, so their kinds have texts.
import type { ReadinessTestId, SessionKind, Soreness } from "@/lib/engine";
import { DEFAULT_TIME_ZONE } from "@/lib/dates";

type Props = { days: CorrectedDay[]; t: Translate; date: DateText };

// Per corrected day: each version, who saved it and when, and what it changed (old → new). The
// first version is the original report; the table above shows the latest.
export async function CheckInHistory({ days, t, date }: Props) {
  const format = await getRegionalFormatter();
  const when = { format: (at: Date) => format.dateTime(at, "instant", { timeZone: DEFAULT_TIME_ZONE }) };
  if (days.length === 0) return <p className="text-muted">{t("corrections.none")}</p>;
  const value = (field: string, v: ShownValue): string => {
    if (v === null) return t("corrections.empty");
    if (typeof v === "boolean") return t(v ? "corrections.yes" : "corrections.no");
    if (Array.isArray(v))
      return v.length === 0 ? t("corrections.empty") : v.map((item) => listItem(field, item)).join(", ");
    if (field === "sessionKind") return t(`patient.session.${v as SessionKind}`);
    if (field === "soreness") return t(`patient.soreness.${v as Soreness}`);
    return String(v);
  };
  const listItem = (field: string, item: string) => {
    if (field === "readiness") return t(`checkIn.readiness.test.${item as ReadinessTestId}`);
    if (field !== "sessions") return item;
    const [kind, minutes, done] = item.split("|");
    return t(done === "1" ? "corrections.sessionDone" : "corrections.sessionNotDone", {
      session: t(`patient.session.${kind as SessionKind}`),
      minutes: Number(minutes),
    });
  };

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("corrections.lead")}</p>
      {days.map((day) => (
        <article
          key={day.date}
          aria-labelledby={`corr-${day.date}`}
          className="rounded-lg border border-amber-300 bg-amber-50 p-3"
        >
          <h3 id={`corr-${day.date}`} className="font-bold">
            {t("corrections.day", { date: date(day.date, "weekday"), count: day.versions.length })}
          </h3>
          <ol className="mt-2 space-y-2">
            {day.versions.map((v) => (
              <li key={v.version} className="rounded-md bg-white p-2">
                <p className="font-semibold">
                  {v.version === 1 ? t("corrections.original") : t("corrections.correction", { version: v.version })}
                  <span className="font-normal">
                    {" · "}
                    {t("corrections.by", {
                      name: v.authorName ?? t("corrections.unknown"),
                      role: t(`corrections.role.${v.authorRole ?? "unknown"}`),
                    })}
                    {" · "}
                    <time dateTime={v.changedAt}>{when.format(new Date(v.changedAt))}</time>
                  </span>
                </p>
                {v.version > 1 ? (
                  v.changes.length > 0 ? (
                    <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                      {v.changes.map((c) => (
                        <li key={c.field}>
                          <span className="font-medium">{t(`corrections.field.${c.field}`)}</span>:{" "}
                          <del className="text-red-900">{value(c.field, c.from)}</del> →{" "}
                          <ins className="font-semibold no-underline">{value(c.field, c.to)}</ins>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="text-sm text-muted">{t("corrections.unchanged")}</p>
                  )
                ) : null}
              </li>
            ))}
          </ol>
        </article>
      ))}
    </div>
  );
}
