import { describe, expect, it } from "vitest";
import { seedPatients } from "@/lib/scripts/seed-patients";
import { daysBetween } from "@/lib/server/physio/list-patients";
import { listPatientPage, parseCursor, PATIENT_PAGE_SIZE } from "@/lib/server/physio/dashboard-page";
import { readView } from "@/lib/validation/dashboard-view";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";

const { db } = await createTestDatabase();
const TODAY = "2026-11-20";

describe("listPatientPage", () => {
  it("sends 50 rows and a link to the next page; the pages together are the whole sorted list, once each", async () => {
    const physio = await createCaller(db, "physio");
    await seedPatients(db, physio.id, 120, TODAY);
    const view = readView(new URLSearchParams());
    const first = await listPatientPage(db, physio, TODAY, view);
    expect(first.patients).toHaveLength(PATIENT_PAGE_SIZE);
    expect(first).toMatchObject({
      total: 120,
      matching: 120,
      nextCursor: "50",
      next: "/api/physio/patients?cursor=50",
    });
    // Alerts first: the first page holds the most urgent patient.
    expect(first.patients[0]!.alerts.length).toBeGreaterThan(0);
    const second = await listPatientPage(db, physio, TODAY, view, parseCursor(first.nextCursor));
    const third = await listPatientPage(db, physio, TODAY, view, parseCursor(second.nextCursor));
    expect(third.patients).toHaveLength(20);
    expect(third.nextCursor).toBeNull();
    expect(third.next).toBeNull();
    const ids = [...first.patients, ...second.patients, ...third.patients].map((p) => p.planId);
    expect(new Set(ids).size).toBe(120);
  });

  it("applies the view of the URL before paging, and the next link keeps it", async () => {
    const physio = await createCaller(db, "physio");
    await seedPatients(db, physio.id, 80, TODAY);
    const view = readView(new URLSearchParams("sort=name&alerts=1"));
    const page = await listPatientPage(db, physio, TODAY, view);
    expect(page.patients.every((p) => p.alerts.length > 0)).toBe(true);
    expect(page.alerting).toBe(page.matching);
    const names = page.patients.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    if (page.next) expect(page.next).toMatch(/^\/api\/physio\/patients\?sort=name&alerts=1&cursor=50$/);
  });

  it("refuses a runner as the whole list does", async () => {
    const runner = await createCaller(db);
    await expect(listPatientPage(db, runner, TODAY, readView(new URLSearchParams()))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("parseCursor", () => {
  it.each([
    [null, 0],
    ["", 0],
    ["50", 50],
    ["100000", 100_000],
  ])("%j is offset %d", (raw, offset) => {
    expect(parseCursor(raw)).toBe(offset);
  });

  it.each(["-1", "1.5", "abc", "1e3", "100001", "9999999", " 50"])("refuses %j with a message", (raw) => {
    expect(() => parseCursor(raw)).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", messageKey: "errors.invalidCursor" }),
    );
  });
});

describe("daysBetween", () => {
  it.each([
    ["2026-11-20", "2026-11-20", 0],
    ["2026-11-19", "2026-11-20", 1],
    ["2026-10-24", "2026-10-26", 2], // across the end of summer time in Europe
    ["2026-03-28", "2026-03-30", 2], // across its start
    ["2024-02-28", "2024-03-01", 2], // a leap day
    ["2026-11-21", "2026-11-20", -1],
  ])("%s → %s is %d days", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});
