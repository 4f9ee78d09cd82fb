import type { PatientListItem } from "@/lib/server/physio/list-patients";
import { planDay } from "@/lib/i18n/formats";
import type { RegionalFormatter } from "@/lib/i18n/regional-format";
import { PainSparkline } from "./pain-sparkline";
import type { PhaseNumber, TranslateIn } from "@/lib/i18n/app-config";

type T = TranslateIn<"physio">;

// The texts of one patient's row, shared by the desktop table and the phone cards.
export function patientTexts(p: PatientListItem, t: T, format: RegionalFormatter) {
  const phase = p.level
    ? t("phaseLevel", { phase: p.phase, level: p.level.current, total: p.level.total })
    : t("phaseShort", { phase: p.phase });
  const lastCheckIn = p.daysSinceCheckIn === null ? t("never") : t("daysAgo", { days: p.daysSinceCheckIn });
  const back = p.backToLevelOn ? format.dateTime(planDay(p.backToLevelOn), "dayShort") : "–";
  return {
    phase,
    phaseName: t(`phaseName.${p.phase as PhaseNumber}`),
    daysInPhase: p.daysInPhase === null ? "–" : t("days", { days: p.daysInPhase }),
    lastCheckIn,
    adherence: p.adherence === null ? "–" : t("percent", { value: Math.round(p.adherence * 100) }),
    sessions:
      p.training && p.training.plannedSessions > 0
        ? t("training.sessions", { done: p.training.doneSessions, planned: p.training.plannedSessions })
        : "–",
    running:
      p.training && p.training.plannedRunMinutes > 0
        ? t("training.running", {
            done: Math.round(p.training.runMinutes),
            planned: Math.round(p.training.plannedRunMinutes),
          })
        : "–",
    back,
    backDetail: p.isEstimate ? t("estimate") : null,
    status:
      p.status === "paused_red_flag" ? t("status.paused") : p.status === "completed" ? t("status.completed") : null,
  };
}

export function PainCell({ p, t }: { p: PatientListItem; t: T }) {
  const trendLabel = t(`trend.${p.painTrend}`);
  const srLabel = p.pain.length > 0 ? t("painSr", { count: p.pain.length, values: p.pain.join(", ") }) : "";
  return <PainSparkline pain={p.pain} trend={p.painTrend} trendLabel={trendLabel} srLabel={srLabel} />;
}
