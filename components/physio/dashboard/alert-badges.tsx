import type { RedFlagUrgency } from "@/lib/engine";
import type { PatientAlert } from "@/lib/server/physio/list-patients";
import type { TranslateIn } from "@/lib/i18n/app-config";

type T = TranslateIn<"physio">;

const tone: Record<PatientAlert["kind"], string> = {
  red_flag: "bg-red-800 text-white",
  pain_rising: "bg-red-50 text-red-900 ring-1 ring-red-200",
  missing_check_ins: "bg-amber-50 text-amber-900 ring-1 ring-amber-200",
  awaiting_approval: "bg-sky-50 text-sky-900 ring-1 ring-sky-200",
};

// A red flag's colour follows its triage: same day solid red, within days outlined red, next visit amber.
const urgencyTone: Record<RedFlagUrgency, string> = {
  same_day: "bg-red-800 text-white",
  within_days: "bg-red-50 text-red-900 ring-2 ring-red-700",
  next_visit: "bg-amber-50 text-amber-900 ring-1 ring-amber-400",
};

function alertText(t: T, alert: PatientAlert): string {
  if (alert.kind === "red_flag" && alert.urgency) {
    const why = (alert.signs ?? []).map((s) => t(`flagWhy.${s}`)).join(", ") || t("flagWhy.unknown");
    if (alert.overdue) return t("urgency.overdue", { why, days: alert.days ?? 0 });
    return t(`urgency.${alert.urgency}`, { why });
  }
  return t(`alerts.${alert.kind}`, { days: alert.days ?? 0, phase: alert.phase ?? 0 });
}

// Each alert as a short labelled badge; colour repeats what the words already say (a red flag says how soon
// and why).
export function AlertBadges({ alerts, t }: { alerts: readonly PatientAlert[]; t: T }) {
  if (alerts.length === 0) return <span className="text-sm text-muted">{t("alerts.none")}</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {alerts.map((alert) => (
        <li
          key={alert.kind}
          data-urgency={alert.urgency}
          className={`rounded-md px-2 py-0.5 text-sm font-semibold ${alert.urgency ? urgencyTone[alert.urgency] : tone[alert.kind]}`}
        >
          {alertText(t, alert)}
        </li>
      ))}
    </ul>
  );
}
