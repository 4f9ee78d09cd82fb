import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate";
import * as schema from "@/lib/db/schema";
import { insertCheckIn, listCheckIns, upsertCheckIn } from "@/lib/server/check-in/queries";
import { findPlan } from "@/lib/server/plan/queries";
import { findUserByEmail } from "@/lib/server/account/user-queries";
import { AppError } from "@/lib/errors";
import { buildCheckInRow, createCheckIn, createPlan, createUser, insertUser } from "../factories/db";
import { createTestDatabase } from "../setup/test-db";
import { findCheckIn } from "../support/plan-record";

const { db, url } = await createTestDatabase();

describe("migrations", () => {
  it("create every table of the schema on an empty database", async () => {
    const result = await db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    // The migrations and the schema agree: every table declared in lib/db/schema/, and no other.
    const declared = Object.values(schema)
      .filter((value) => is(value, PgTable))
      .map((table) => getTableConfig(table as PgTable).name);
    expect(declared).toContain("check_ins");
    expect(result.rows.map((r) => r.table_name)).toEqual(declared.sort());
  });

  it("can be applied again and concurrently without error (advisory lock)", async () => {
    await Promise.all([migrateDatabase(url), migrateDatabase(url), migrateDatabase(url)]);
    const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(result.rows[0]?.n).toBeGreaterThanOrEqual(1);
  });
});

describe("rows round-trip", () => {
  it("keeps a user with role and locale", async () => {
    await insertUser(db, { id: "u-round", name: "Sanne", email: "sanne@example.test", role: "physio", locale: "nl" });
    const found = await findUserByEmail(db, "SANNE@example.test");
    expect(found).toMatchObject({ id: "u-round", name: "Sanne", role: "physio", locale: "nl", emailVerified: false });
  });

  it("keeps a plan's intake JSON and a check-in's local date as YYYY-MM-DD", async () => {
    const runner = await createUser(db);
    const plan = await createPlan(db, runner.id);
    const data = { sessionKind: "run", minutes: 20, soreness: "warmup_gone", flags: { swelling: false } };
    await createCheckIn(db, plan.id, { date: "2026-03-29", painDuring: 2, data });
    const stored = await findCheckIn(db, plan.id, "2026-03-29");
    expect(stored).toMatchObject({ date: "2026-03-29", painDuring: 2, data });
    expect((await findPlan(db, plan.id))?.intake).toMatchObject({ site: "achilles", trainingDays: [2, 4, 6] });
  });
});

describe("one check-in per plan per day", () => {
  it("is enforced by the database and surfaces as a typed CONFLICT", async () => {
    const runner = await createUser(db);
    const plan = await createPlan(db, runner.id);
    await createCheckIn(db, plan.id, { date: "2026-10-10" });
    const second = insertCheckIn(db, buildCheckInRow(plan.id, { date: "2026-10-10", painRest: 4 }));
    await expect(second).rejects.toBeInstanceOf(AppError);
    await expect(second).rejects.toMatchObject({ code: "CONFLICT", messageKey: "errors.checkInExists" });
    const rows = await listCheckIns(db, plan.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.painRest).toBe(0);
  });

  it("holds under concurrent inserts: exactly one row, the rest CONFLICT", async () => {
    const runner = await createUser(db);
    const plan = await createPlan(db, runner.id);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        insertCheckIn(db, buildCheckInRow(plan.id, { date: "2026-10-11", painRest: i % 3 })),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await listCheckIns(db, plan.id)).toHaveLength(1);
  });

  it("lets the day's check-in be corrected by upsert, still one row", async () => {
    const runner = await createUser(db);
    const plan = await createPlan(db, runner.id);
    await upsertCheckIn(db, buildCheckInRow(plan.id, { date: "2026-10-12", painAfter: 1 }));
    await upsertCheckIn(db, buildCheckInRow(plan.id, { date: "2026-10-12", painAfter: 3 }));
    const rows = await listCheckIns(db, plan.id);
    expect(rows.map((r) => [r.date, r.painAfter])).toEqual([["2026-10-12", 3]]);
  });

  it("allows the same date on another plan", async () => {
    const a = await createPlan(db, (await createUser(db)).id);
    const b = await createPlan(db, (await createUser(db)).id);
    await createCheckIn(db, a.id, { date: "2026-10-13" });
    await expect(createCheckIn(db, b.id, { date: "2026-10-13" })).resolves.toMatchObject({ planId: b.id });
  });
});

describe("database constraints", () => {
  it("rejects a pain score outside 0-10", async () => {
    const plan = await createPlan(db, (await createUser(db)).id);
    await expect(createCheckIn(db, plan.id, { date: "2026-10-14", painDuring: 11 })).rejects.toThrow();
    expect(await listCheckIns(db, plan.id)).toHaveLength(0);
  });

  it("rejects an unknown role", async () => {
    await expect(
      db.execute(sql`insert into "user"(id, name, email, role) values ('x', 'X', 'x@example.test', 'admin')`),
    ).rejects.toThrow();
  });

  it("removes a runner's plans and check-ins with the account", async () => {
    const runner = await createUser(db);
    const plan = await createPlan(db, runner.id);
    await createCheckIn(db, plan.id, { date: "2026-10-15" });
    await db.execute(sql`delete from "user" where id = ${runner.id}`);
    expect(await findPlan(db, plan.id)).toBeUndefined();
    expect(await listCheckIns(db, plan.id)).toHaveLength(0);
  });
});
