// A file note ("for my file, only you") belongs to the physio who wrote it: when the runner moves to
// another physio, the new one sees the notes meant for the patient and their own, never the old
// physio's file notes, on no page; the runner's own data export keeps them all.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createPlan } from "../reliability/support/db";
import { createUser, db, query, request, resetLimits } from "./support/client";

type User = { email: string; cookie: string; id: string };
const mark = randomUUID().slice(0, 8);
const FILE_NOTE = `file-note-${mark} knee history only for me`;
const PATIENT_NOTE = `patient-note-${mark} keep the runs easy`;
const NEW_FILE_NOTE = `new-file-note-${mark} second opinion`;
let runner: User;
let oldPhysio: User;
let newPhysio: User;
let planId: string;

const pages = (id: string) => [
  `/en/physio/patients/${id}`,
  `/en/physio/patients/${id}/notes`,
  `/nl/physio/patients/${id}/print`,
  `/en/physio/patients/${id}/handout`,
];
const addNote = (authorId: string, body: string, visibility: "file" | "patient") =>
  query(`insert into notes (plan_id, author_id, body, visibility) values ($1, $2, $3, $4)`, [
    planId,
    authorId,
    body,
    visibility,
  ]);

beforeAll(async () => {
  await resetLimits();
  oldPhysio = await createUser({ role: "physio", name: `Femke Old ${mark}` });
  newPhysio = await createUser({ role: "physio", name: `Noor New ${mark}` });
  runner = await createUser({ name: `Carmen ${mark}` });
  planId = await createPlan(db(), runner.email);
  await query(`update plans set physio_id = $2 where id = $1`, [planId, oldPhysio.id]);
  await addNote(oldPhysio.id, FILE_NOTE, "file");
  await addNote(oldPhysio.id, PATIENT_NOTE, "patient");
});

describe("file notes after a change of physio", () => {
  it("the author sees their own file note while the runner is theirs (the positive control)", async () => {
    const page = await request(`/en/physio/patients/${planId}/notes`, { cookie: oldPhysio.cookie });
    expect(page.status).toBe(200);
    expect(page.text.includes(FILE_NOTE)).toBe(true);
  });

  it("the new physio sees the note for the patient and their own file note, never the old physio's", async () => {
    await query(`update plans set physio_id = $2 where id = $1`, [planId, newPhysio.id]);
    await addNote(newPhysio.id, NEW_FILE_NOTE, "file");
    for (const path of pages(planId)) {
      const page = await request(path, { cookie: newPhysio.cookie });
      expect(page.status, path).toBe(200);
      expect(page.text.includes(FILE_NOTE), path).toBe(false);
    }
    const main = await request(`/en/physio/patients/${planId}/notes`, { cookie: newPhysio.cookie });
    expect(main.text.includes(PATIENT_NOTE)).toBe(true);
    expect(main.text.includes(NEW_FILE_NOTE)).toBe(true);
    const exported = await request("/api/account/export", { cookie: newPhysio.cookie });
    expect(exported.status).toBe(200);
    expect(exported.text).not.toContain(FILE_NOTE);
  });

  it("the old physio no longer reaches the plan at all", async () => {
    for (const path of pages(planId))
      expect((await request(path, { cookie: oldPhysio.cookie })).status, path).toBe(404);
  });

  it("the runner's own export keeps every note on their plan (their right of access)", async () => {
    const exported = await request("/api/account/export", { cookie: runner.cookie });
    expect(exported.status).toBe(200);
    expect(exported.text).toContain(FILE_NOTE);
    expect(exported.text).toContain(NEW_FILE_NOTE);
  });
});
