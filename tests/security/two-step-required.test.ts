// An approved physio sees patients only after setting up two-step sign-in: a stolen password alone
// opens no patient file. Every physio page sends them to set it up first; every route and action
// that touches a patient refuses them on its own, whatever page they came from.
import { beforeAll, describe, expect, it } from "vitest";
import { createPlan } from "../reliability/support/db";
import { PASSWORD, createUser, db, enrolTwoStep, postJson, query, request, resetLimits } from "./support/client";
import { callFormAction, REFUSED } from "./support/actions";

let physio: { cookie: string; id: string; email: string };
let runner: { cookie: string; id: string; email: string };
let planId: string;
const notes = async () =>
  (await query<{ n: number }>(`select count(*)::int as n from notes where plan_id = $1`, [planId]))[0]!.n;

beforeAll(async () => {
  await resetLimits();
  physio = await createUser({ role: "physio", name: `Unenrolled ${Date.now()}`, twoStep: false });
  runner = await createUser({ name: "Two Step Patient" });
  planId = await createPlan(db(), runner.email);
  await query(`update plans set physio_id = $2 where id = $1`, [planId, physio.id]);
});

describe("an approved physio without two-step sign-in", () => {
  it("is sent to set it up from every physio page, before any patient data", async () => {
    for (const path of [
      "/en/physio",
      "/en/physio/invites",
      `/en/physio/patients/${planId}`,
      `/en/physio/patients/${planId}/notes`,
      "/nl/physio/rules",
    ]) {
      const answer = await request(path, { cookie: physio.cookie });
      expect([303, 307, 308], path).toContain(answer.status);
      expect(answer.headers.get("location"), path).toMatch(/\/(en|nl)\/account\/two-step$/);
      expect(answer.text).not.toMatch(/Two Step Patient/);
    }
  });

  it("is refused by the routes and the actions themselves, and nothing changes", async () => {
    const list = await request("/api/physio/patients", { cookie: physio.cookie });
    expect(list.status).toBe(403);
    expect(list.text).toMatch(/errors\.twoStepRequired/);
    expect(list.text).not.toMatch(/Two Step Patient/);
    expect((await request(`/api/plans/${planId}`, { cookie: physio.cookie })).status).toBe(404);
    const note = await callFormAction("addNoteAction", { planId, body: "A note", locale: "en" }, physio.cookie);
    expect(note.text).toMatch(REFUSED);
    expect(await notes()).toBe(0);
    const invite = await callFormAction("createInviteAction", { withIntake: "false", locale: "en" }, physio.cookie);
    expect(invite.text).toMatch(REFUSED);
    expect(invite.text).toMatch(/errors\.twoStepRequired/);
    expect((await query(`select id from invites where physio_id = $1`, [physio.id])).length).toBe(0);
  });

  it("after setting it up sees their patient, and cannot turn it off again", async () => {
    const { cookie } = await enrolTwoStep(physio.cookie);
    const list = await request("/api/physio/patients", { cookie });
    expect(list.status, list.text).toBe(200);
    expect(list.text).toMatch(/Two Step Patient/);
    expect((await request("/en/physio", { cookie })).status).toBe(200);
    const off = await postJson("/api/auth/two-factor/disable", { password: PASSWORD }, {}, cookie);
    expect(off.status).toBe(403);
  });
});

describe("a runner", () => {
  it("can turn two-step sign-in on too", async () => {
    const { cookie } = await enrolTwoStep(runner.cookie);
    const [row] = await query<{ on: boolean }>(`select two_factor_enabled as on from "user" where id = $1`, [
      runner.id,
    ]);
    expect(row?.on).toBe(true);
    expect((await request("/en/today", { cookie })).status).toBe(200);
  });
});
