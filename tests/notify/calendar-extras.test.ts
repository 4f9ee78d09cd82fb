// The .ics feed's rest days and optional alarm at the reminder time, DST included.
import { describe, expect, it } from "vitest";
import { instantOfLocal, localClock } from "@/lib/dates";
import { feedDays, withRestDaysAndAlarms } from "@/lib/server/calendar/feed-extras";
import { renderCalendar } from "@/lib/server/calendar/feed";
import type { ComingSession } from "@/lib/server/plan/coming-sessions";

describe("instantOfLocal (the wall clock in a zone, to UTC)", () => {
  it.each([
    { date: "2026-10-24", time: "20:00", zone: "Europe/Amsterdam", utc: "2026-10-24T18:00:00.000Z" },
    { date: "2026-10-25", time: "20:00", zone: "Europe/Amsterdam", utc: "2026-10-25T19:00:00.000Z" },
    { date: "2026-03-29", time: "20:00", zone: "Europe/Amsterdam", utc: "2026-03-29T18:00:00.000Z" },
    // 02:30 does not exist on the spring-forward night: the clock shows 03:30 an hour later.
    { date: "2026-03-29", time: "02:30", zone: "Europe/Amsterdam", utc: "2026-03-29T01:30:00.000Z" },
    { date: "2026-11-01", time: "07:30", zone: "America/New_York", utc: "2026-11-01T12:30:00.000Z" },
    { date: "2026-10-28", time: "07:30", zone: "Asia/Tokyo", utc: "2026-10-27T22:30:00.000Z" },
  ])("$time on $date in $zone is $utc", ({ date, time, zone, utc }) => {
    expect(instantOfLocal(date, time, zone).toISOString()).toBe(utc);
    if (time !== "02:30") expect(localClock(zone, new Date(utc))).toEqual({ date, time });
  });
});

const texts = {
  restDay: "Comeback: rest day",
  restDescription: "A rest day counts too.",
  alarm: "Time for today's check-in",
};

describe("rest days and alarms in the feed", () => {
  it("covers today to the Sunday of next week", () => {
    expect(feedDays("2026-10-21")).toEqual([
      "2026-10-21",
      "2026-10-22",
      "2026-10-23",
      "2026-10-24",
      "2026-10-25",
      ...["26", "27", "28", "29", "30", "31"].map((d) => `2026-10-${d}`),
      "2026-11-01",
    ]);
  });

  it("adds an event for each day without a session, and one alarm a day at the reminder time", () => {
    const events = [
      { uid: "a", date: "2026-10-24", summary: "Run" },
      { uid: "b", date: "2026-10-24", summary: "Strength" },
    ];
    const out = withRestDaysAndAlarms(
      events,
      { planId: "p", today: "2026-10-24", timeZone: "Europe/Amsterdam", alarmTime: "20:00" },
      texts,
    );
    expect(out.filter((e) => e.summary === texts.restDay).map((e) => e.date)).toEqual([
      "2026-10-25",
      "2026-10-26",
      "2026-10-27",
      "2026-10-28",
      "2026-10-29",
      "2026-10-30",
      "2026-10-31",
      "2026-11-01",
    ]);
    expect(out.filter((e) => e.date === "2026-10-24").map((e) => e.alarm?.at.toISOString() ?? null)).toEqual([
      "2026-10-24T18:00:00.000Z",
      null,
    ]);
    expect(out.find((e) => e.date === "2026-10-25")?.alarm?.at.toISOString()).toBe("2026-10-25T19:00:00.000Z");
  });

  it("writes the alarm as a VALARM with an absolute UTC trigger, and none when the runner did not ask", () => {
    const session: ComingSession = {
      uid: "s@comeback",
      date: "2026-10-25",
      slot: 0,
      kind: "strength",
      minutes: 20,
      exercises: [],
      walkRun: null,
      tentative: false,
    };
    const withAlarm = renderCalendar([session], "en", new Date("2026-10-25T08:00:00Z"), {
      planId: "p",
      today: "2026-10-25",
      timeZone: "Europe/Amsterdam",
      alarmTime: "20:00",
    });
    expect(withAlarm).toContain(
      "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Time for today's check-in\r\nTRIGGER;VALUE=DATE-TIME:20261025T190000Z\r\nEND:VALARM",
    );
    expect(withAlarm).toContain("SUMMARY:Comeback: rest day");
    const without = renderCalendar([session], "nl", new Date("2026-10-25T08:00:00Z"), {
      planId: "p",
      today: "2026-10-25",
      timeZone: "Europe/Amsterdam",
    });
    expect(without).not.toContain("VALARM");
    expect(without).toContain("SUMMARY:Comeback: rustdag");
  });
});
