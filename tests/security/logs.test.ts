// Log leakage: marked names, emails, query strings, invite codes and health data go in through every
// door, a database error is forced while a check-in is saved, and then the server log is read.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCheckIn, createPlan, daysAgo } from "../reliability/support/db";
import { createUser, db, env, postJson, query, request, resetLimits } from "./support/client";

const MARK = `leakmark${Date.now().toString(36)}`;
const logText = () => fs.readFileSync(env().logFile, "utf8");
let startOffset = 0;

beforeAll(async () => {
  await resetLimits();
  startOffset = logText().length;
  // The database refuses this plan's check-ins with an error that quotes the row, as a constraint or
  // a trigger can: the error's own message then holds health data.
  await query(`create or replace function security_reject_check_in() returns trigger language plpgsql as $$
    begin raise exception '${MARK} rejected % %', new.data::text, new.pain_rest; end $$`);
});

afterAll(async () => {
  await query(`drop trigger if exists security_reject_check_in on check_ins`);
  await query(`drop function if exists security_reject_check_in()`);
});

describe("the server log", () => {
  it("holds one line per request with an id, and none of the marked data sent", async () => {
    const runner = await createUser({ name: `Ann ${MARK}`, email: `${MARK}@security.test` });
    const planId = await createPlan(db(), runner.email);
    await query(
      `create trigger security_reject_check_in before insert or update on check_ins for each row execute function security_reject_check_in()`,
    );

    const failed = await postJson(
      `/api/plans/${planId}/check-ins`,
      buildCheckIn(daysAgo(0), { painRest: 7, painDuring: 6, painAfter: 5, painMorning: 4 }),
      {},
      runner.cookie,
    );
    expect(failed.status).toBe(500);
    expect(failed.text).not.toContain(MARK);
    const failedId = failed.headers.get("x-request-id")!;

    await request(`/en/today?q=${MARK}&email=${MARK}%40example.test`, { cookie: runner.cookie });
    await request(`/en/invite/${MARK.toUpperCase()}`);
    await postJson("/api/auth/update-user", { name: `Ann\n{"level":"fatal","msg":"${MARK}"}` }, {}, runner.cookie);
    await postJson("/api/auth/sign-in/email", { email: `${MARK}@security.test`, password: `${MARK}-wrong` });
    await postJson("/api/auth/sign-up/email", { name: MARK, email: `${MARK}2@security.test`, password: `${MARK}-pw` });
    await request(`/api/plans/${MARK}`, { cookie: runner.cookie });
    await new Promise((r) => setTimeout(r, 500));

    const written = logText().slice(startOffset);
    expect(written.toLowerCase()).not.toContain(MARK);
    expect(written).not.toMatch(/pain_?rest|painDuring|"data"|params:|Failed query/i);
    const lines = written.split("\n").filter((line) => line.startsWith("{"));
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = parsed.filter((line) => line.msg === "request");
    expect(requests.length).toBeGreaterThanOrEqual(8);
    for (const line of requests) {
      expect(line.req).toMatch(/^[0-9a-f-]{36}$/);
      expect(String(line.path)).not.toContain("?");
    }
    expect(requests.some((line) => line.path === "/en/invite/:param")).toBe(true);
    expect(requests.some((line) => line.path === "/api/plans/:param/check-ins")).toBe(true);
    const errorLine = parsed.find((line) => line.level === "error" && line.req === failedId);
    expect(errorLine, "the failed save is logged with its request id").toBeDefined();
    expect(errorLine).toMatchObject({ code: "P0001" });
    for (const line of written.split("\n")) expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
