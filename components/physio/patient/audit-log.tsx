import { getRegionalFormatter } from "@/lib/i18n/server-text";
import type { Patient } from "@/lib/server/physio/load-patient-plan";
import type { Messages } from "@/lib/i18n/app-config";
import en from "@/lib/i18n/messages/en/patient.json";
import type { DateText, T } from "./types";
import { DEFAULT_TIME_ZONE } from "@/lib/dates";

const actionTexts = en.audit.action;

type ActionText = keyof Messages["patient"]["audit"]["action"];
// An action without its own text ("plan.something_new") reads as "made a change", never as the raw action name.
const actionText = (action: string): ActionText => {
  const key = action.replace(".", "_");
  return Object.hasOwn(actionTexts, key) ? (key as ActionText) : "other";
};

// Who did what and when: the plan's audit trail, newest first.
export async function AuditLog({ entries, t, date }: { entries: Patient["audit"]; t: T; date: DateText }) {
  const format = await getRegionalFormatter();
  const when = { format: (at: Date) => format.dateTime(at, "instant", { timeZone: DEFAULT_TIME_ZONE }) };
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
              {t(`audit.action.${actionText(e.action)}`, { date: detailDate ? date(detailDate, "dayMonth") : "" })}
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
