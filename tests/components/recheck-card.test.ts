// A physio's "not yet" on the runner's Today: their reason, the re-check day and the streak that keeps
// counting, shown only while the re-check is ahead.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { pendingRecheck, RecheckCard } from "@/components/runner/recheck-card";
import type { Translate } from "@/lib/i18n/app-config";
import enToday from "@/lib/i18n/messages/en/today.json";
import nlToday from "@/lib/i18n/messages/nl/today.json";
import { buildEvent, buildIntake, buildScenario, buildSettings, painFreeDays, stateOn } from "../engine/factories";

const START = "2025-03-03";
const settings = buildSettings(buildIntake(), {
  approvalRequired: { toPhase2: true, toPhase3: false, toPhase4: false },
});
const events = [
  buildEvent("decline_transition", { date: "2025-03-06", toPhase: 2, note: "Let the swelling settle first" }),
];
const scenario = buildScenario({ settings, checkIns: painFreeDays(START, 14), events });

describe("pendingRecheck", () => {
  it("holds the reason, the day and the streak while the re-check is ahead, and nothing after", () => {
    expect(pendingRecheck(stateOn(scenario, "2025-03-07"), events, "2025-03-07")).toEqual({
      phase: 2,
      on: "2025-03-09",
      note: "Let the swelling settle first",
      streak: 5,
    });
    expect(pendingRecheck(stateOn(scenario, "2025-03-09"), events, "2025-03-09")).toBeNull();
  });

  it.each([
    [
      "en",
      "Your physio: not yet for phase 2",
      "They look again on Sunday 9 March. Your pain-free days keep counting: 5 so far.",
    ],
    [
      "nl",
      "Je fysio: nog niet naar fase 2",
      "Je fysio kijkt opnieuw op zondag 9 maart. Je pijnvrije dagen blijven tellen: 5 tot nu toe.",
    ],
  ] as const)("reads in %s", (locale, title, when) => {
    const t = createTranslator({ locale, messages: { today: locale === "en" ? enToday : nlToday } });
    const date = (iso: string) =>
      new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl", {
        weekday: "long",
        day: "numeric",
        month: "long",
        timeZone: "UTC",
      }).format(new Date(`${iso}T12:00:00Z`));
    const recheck = pendingRecheck(stateOn(scenario, "2025-03-07"), events, "2025-03-07")!;
    const html = renderToStaticMarkup(
      createElement(RecheckCard, { recheck, t: t as unknown as Translate, date: date as never }),
    );
    expect(html).toContain(title);
    expect(html).toContain("“Let the swelling settle first”");
    expect(html.replace(/&#x27;/g, "'")).toContain(when);
  });
});
