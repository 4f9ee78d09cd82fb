// Red-flag triage (DOMAIN §5; NICE NG158 2020, Finucane et al. 2020, Warden et al. 2014): each warning sign's
// urgency for the physio, and the most urgent of a pause's flags.
import { describe, expect, it } from "vitest";
import { WARNING_SIGNS, redFlagPriorities, redFlagPriority, redFlagUrgency, triageRedFlags } from "@/lib/engine";

describe("redFlagUrgency", () => {
  it.each([
    ["hotSwollenCalf", "same_day"],
    ["feelingIll", "same_day"],
    ["suddenSharpPain", "same_day"],
    ["numbness", "same_day"],
    ["boneTenderness", "within_days"],
    ["nightPain", "within_days"],
    ["swelling", "next_visit"],
    ["limping", "next_visit"],
  ] as const)("%s → %s", (sign, urgency) => expect(redFlagUrgency[sign]).toBe(urgency));

  it("every warning sign the check-in asks about has an urgency", () => {
    expect(Object.keys(redFlagUrgency).sort()).toEqual([...WARNING_SIGNS].sort());
  });
});

describe("triageRedFlags: the most urgent flag decides, and comes first", () => {
  it.each([
    { keys: ["reason.redFlag.limping"], urgency: "next_visit", signs: ["limping"] },
    {
      keys: ["reason.redFlag.limping", "reason.redFlag.nightPain"],
      urgency: "within_days",
      signs: ["nightPain", "limping"],
    },
    {
      keys: ["reason.redFlag.nightPain", "reason.redFlag.hotSwollenCalf", "reason.redFlag.swelling"],
      urgency: "same_day",
      signs: ["hotSwollenCalf", "nightPain", "swelling"],
    },
    { keys: ["reason.redFlag.suddenSharpPain"], urgency: "same_day", signs: ["suddenSharpPain"] },
    // Flags not known (an old snapshot): when in doubt, the soonest.
    { keys: [], urgency: "same_day", signs: [] },
    { keys: ["reason.hold.painRising"], urgency: "same_day", signs: [] },
  ] as const)("$keys → $urgency", ({ keys, urgency, signs }) => {
    expect(triageRedFlags(keys)).toEqual({ urgency, signs });
  });
});

// Past its window a flag is "overdue": below fresh same-day and within-days flags, above next-visit ones.
describe("redFlagPriority: a flag keeps its urgency within its window", () => {
  it.each([
    { urgency: "same_day", pausedOn: "2026-12-07", today: "2026-12-07", priority: "same_day" },
    { urgency: "same_day", pausedOn: "2026-12-06", today: "2026-12-07", priority: "overdue" },
    { urgency: "same_day", pausedOn: "2026-10-01", today: "2026-12-07", priority: "overdue" },
    { urgency: "within_days", pausedOn: "2026-12-07", today: "2026-12-07", priority: "within_days" },
    { urgency: "within_days", pausedOn: "2026-12-04", today: "2026-12-07", priority: "within_days" },
    { urgency: "within_days", pausedOn: "2026-12-03", today: "2026-12-07", priority: "overdue" },
    { urgency: "next_visit", pausedOn: "2026-10-01", today: "2026-12-07", priority: "next_visit" },
    // The pause day unknown (an old snapshot): when in doubt, the soonest.
    { urgency: "same_day", pausedOn: null, today: "2026-12-07", priority: "same_day" },
    { urgency: "within_days", pausedOn: null, today: "2026-12-07", priority: "within_days" },
  ] as const)("$urgency paused $pausedOn, on $today → $priority", ({ urgency, pausedOn, today, priority }) => {
    expect(redFlagPriority(urgency, pausedOn, today)).toBe(priority);
  });

  it("an overdue flag ranks below fresh urgent flags and above the next visit", () => {
    expect(redFlagPriorities).toEqual(["same_day", "within_days", "overdue", "next_visit"]);
  });
});
