import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { seedDemo } from "@/lib/scripts/seed";
import type { Db } from "@/lib/db/client";
import { findUserByEmail } from "@/lib/server/account/user-queries";
import { auditLog, plans } from "@/lib/db/schema";
import { parseCalendar } from "@/tests/support/ics-parse";
import {
  CALENDAR_TOKEN_PATTERN,
  getCalendarFeed,
  getComingSessions,
  getOwnerCalendar,
} from "@/lib/server/calendar/feed";
import { createCalendarToken, revokeCalendarToken } from "@/lib/server/calendar/token";
import { createTestDatabase } from "../setup/test-db";

// Saturday 21 November 2026, midday in Amsterdam: the demo runners' "today".
const TODAY = "2026-11-21";
const NOW = new Date("2026-11-21T11:00:00Z");
const { db } = await createTestDatabase();

async function demoCaller(key: string): Promise<SessionUser> {
  const row = await findUserByEmail(db, `${key}@comeback.demo`);
  if (!row) throw new Error(`No demo user ${key}`);
  return { id: row.id, name: row.name, email: row.email, role: row.role, locale: row.locale };
}

async function planIdOf(runner: SessionUser): Promise<string> {
  const [row] = await db.select({ id: plans.id }).from(plans).where(eq(plans.runnerId, runner.id));
  return row!.id;
}

const storedToken = async (planId: string) =>
  (await db.select({ token: plans.calendarToken }).from(plans).where(eq(plans.id, planId)))[0]?.token;

let anna: SessionUser;
let bram: SessionUser;
let annaPlan: string;

beforeAll(async () => {
  await seedDemo(db, TODAY);
  [anna, bram] = await Promise.all([demoCaller("anna"), demoCaller("bram")]);
  annaPlan = await planIdOf(anna);
});

describe("coming sessions", () => {
  it("run from today to the end of next week: this week as planned, next week planned ahead", async () => {
    const { sessions, today } = await getComingSessions(db, anna, annaPlan, NOW);
    expect(today).toBe(TODAY);
    expect(sessions.length).toBeGreaterThan(3);
    expect(sessions.every((s) => s.date >= TODAY && s.date <= "2026-11-29")).toBe(true);
    expect(sessions.filter((s) => s.date <= "2026-11-22").every((s) => !s.tentative)).toBe(true);
    expect(sessions.filter((s) => s.date >= "2026-11-23").every((s) => s.tentative)).toBe(true);
    expect(sessions.some((s) => s.tentative && (s.kind === "run" || s.kind === "walk_run"))).toBe(true);
    expect(sessions.every((s) => s.kind !== "rest" && s.minutes > 0)).toBe(true);
    expect(new Set(sessions.map((s) => s.uid)).size).toBe(sessions.length);
  });

  it("keep the same uids when asked again", async () => {
    const first = await getComingSessions(db, anna, annaPlan, NOW);
    const again = await getComingSessions(db, anna, annaPlan, NOW);
    expect(again.sessions.map((s) => s.uid)).toEqual(first.sessions.map((s) => s.uid));
  });
});

describe(".ics download", () => {
  it("holds the coming sessions in the runner's language, folded and escaped", async () => {
    const ics = await getOwnerCalendar(db, anna, annaPlan, { now: NOW });
    const { sessions } = await getComingSessions(db, anna, annaPlan, NOW);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const parsed = parseCalendar(ics);
    expect(parsed.properties["X-WR-CALNAME"]?.value).toBe("Comeback-trainingen");
    // Rest days are in the feed too (their check-in counts); the sessions in order around them.
    expect(parsed.events.map((e) => e.UID?.value).filter((uid) => !uid?.endsWith("-rest@comeback"))).toEqual(
      sessions.map((s) => s.uid),
    );
    const first = parsed.events[0]!;
    expect(first.DTSTART).toMatchObject({ params: { VALUE: "DATE" }, value: sessions[0]!.date.replace(/-/g, "") });
    expect(first.SUMMARY?.value).toMatch(/^Comeback: .+ \d+ min$/);
    expect(first.DESCRIPTION?.value).toContain("Je plan past zich aan je check-ins aan, en deze agenda volgt het.");
    const tentative = parsed.events.filter((e) => e.STATUS?.value === "TENTATIVE");
    expect(tentative.length).toBe(sessions.filter((s) => s.tentative).length);
    expect(tentative[0]?.DESCRIPTION?.value).toContain("Vooruit gepland");
  });

  it("is written in English on request", async () => {
    const ics = await getOwnerCalendar(db, anna, annaPlan, { now: NOW, locale: "en" });
    expect(parseCalendar(ics).events[0]?.DESCRIPTION?.value).toContain("Your plan adapts to your check-ins");
  });

  it.each(["bram", "femke"])("answers NOT_FOUND to anyone but the runner (%s)", async (key) => {
    const other = await demoCaller(key);
    await expect(getOwnerCalendar(db, other, annaPlan, { now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getComingSessions(db, other, annaPlan, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("subscription token", () => {
  it("is created by the runner, serves the feed, is replaced and revoked", async () => {
    const { token, replaced } = await createCalendarToken(db, anna, annaPlan);
    expect(replaced).toBe(false);
    expect(token).toMatch(CALENDAR_TOKEN_PATTERN);
    expect(await storedToken(annaPlan)).toBe(token);
    const feed = parseCalendar(await getCalendarFeed(db, token, NOW));
    expect(feed.events.length).toBeGreaterThan(0);

    const rotated = await createCalendarToken(db, anna, annaPlan);
    expect(rotated.replaced).toBe(true);
    expect(rotated.token).not.toBe(token);
    await expect(getCalendarFeed(db, token, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCalendarFeed(db, rotated.token, NOW)).resolves.toContain("BEGIN:VCALENDAR");

    await revokeCalendarToken(db, anna, annaPlan);
    expect(await storedToken(annaPlan)).toBeNull();
    await expect(getCalendarFeed(db, rotated.token, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.planId, annaPlan));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["calendar.token_created", "calendar.token_rotated", "calendar.token_revoked"]),
    );
  });

  it("cannot be created, replaced or revoked by another runner or the physio", async () => {
    const { token } = await createCalendarToken(db, anna, annaPlan);
    for (const other of [bram, await demoCaller("femke")]) {
      await expect(createCalendarToken(db, other, annaPlan)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(revokeCalendarToken(db, other, annaPlan)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await storedToken(annaPlan)).toBe(token);
    await revokeCalendarToken(db, anna, annaPlan);
  });

  it("answers NOT_FOUND for an unknown token", async () => {
    await expect(getCalendarFeed(db, "A".repeat(43), NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each(["", "short", "A".repeat(44), `${"A".repeat(42)}%`, "' or 1=1 --"])(
    "answers NOT_FOUND for a malformed token (%j) without touching the database",
    async (token) => {
      const untouchable = new Proxy(
        {},
        {
          get: () => {
            throw new Error("the database was used");
          },
        },
      ) as Db;
      await expect(getCalendarFeed(untouchable, token, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    },
  );
});
