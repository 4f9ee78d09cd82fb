import type { PatientAlert } from "@/lib/services/list-patients";
import type { TranslateIn } from "@/lib/i18n/app-config";

type T = TranslateIn<"physio">;

const tone: Record<PatientAlert["kind"], string> = {
  red_flag: "bg-red-800 text-white",
  pain_rising: "bg-red-50 text-red-900 ring-1 ring-red-200",
  missing_check_ins: "bg-amber-50 text-amber-900 ring-1 ring-amber-200",
  awaiting_approval: "bg-sky-50 text-sky-900 ring-1 ring-sky-200",
};

function alertText(t: T, alert: PatientAlert): string {
  return t(`alerts.${alert.kind}`, { days: alert.days ?? 0, phase: alert.phase ?? 0 });
}

// Each alert as a short labelled badge; colour repeats what the words already say.
export function AlertBadges({ alerts, t }: { alerts: readonly PatientAlert[]; t: T }) {
  if (alerts.length === 0) return <span className="text-sm text-muted">{t("alerts.none")}</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {alerts.map((alert) => (
        <li key={alert.kind} className={`rounded-md px-2 py-0.5 text-sm font-semibold ${tone[alert.kind]}`}>
          {alertText(t, alert)}
        </li>
      ))}
    </ul>
  );
}
