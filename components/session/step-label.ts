import type { useTranslations } from "next-intl";
import type { Step } from "@/lib/client/session-player/steps";
import { formatClock } from "./format-time";

type T = ReturnType<typeof useTranslations<"session">>;

/** A step in a few words, for the live announcement and "then: …". */
export function stepLabel(step: Step, t: T, items: readonly { name: string }[]): string {
  switch (step.kind) {
    case "jog":
    case "walk":
    case "run":
    case "warmup":
    case "cooldown":
      return `${t(step.kind)} ${formatClock(step.ms)}`;
    case "rest":
      return `${t("rest")} ${formatClock(step.ms)}`;
    case "hold":
      return `${t("hold")} ${formatClock(step.ms)}${step.side ? `, ${t(step.side)}` : ""}`;
    default:
      return `${items[step.item]?.name ?? ""}${step.side ? `, ${t(step.side)}` : ""}`;
  }
}
