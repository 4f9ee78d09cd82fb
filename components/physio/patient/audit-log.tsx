import type { Patient } from "@/lib/services/get-patient";
import type { DateText, T } from "./types";
import { DEFAULT_TIME_ZONE } from "@/lib/dates";

const known = ["plan.created", "plan.settings_change", "plan.approve_transition", "plan.decline_transition", "plan.clearance", "plan.override", "check_in.saved", "check_in.corrected", "note.added", "plan.program_change", "plan.interruption", "plan.interruption_end", "plan.intake_correction", "plan.discharge"];

// Who did what and when: the plan's audit trail, newest first.
export function AuditLog({ entries, t, date, locale }: { entries: Patient["audit"]; t: T; date: DateText; locale: string }) {
  const when = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: DEFAULT_TIME_ZONE });
  if (entries.length === 0) return <p className="text-muted">{t("audit.none")}</p>;
  return (
    <ol className="divide-y divide-slate-200">
      {entries.map((e) => {
        const detailDate = typeof e.detail.date === "string" ? e.detail.date : null;
        const note = typeof e.detail.note === "string" ? e.detail.note : null;
        return (
          <li key={e.id} className="py-2">
            <p>
              <span className="font-semibold">{e.actorName ?? t("audit.unknownActor")}</span>{" "}
              {known.includes(e.action) ? t(`audit.action.${e.action.replace(".", "_")}`, { date: detailDate ? date(detailDate, "d MMM") : "" }) : e.action}
            </p>
            <p className="text-sm text-muted">
              <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
              {note ? ` · “${note}”` : ""}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
