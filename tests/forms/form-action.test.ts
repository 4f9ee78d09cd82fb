// The frame of every Conform form action: a bad form is refused with an error on each field at fault
// (message keys the form translates, with their parameters), what was typed comes back to be shown
// again, and nothing reaches the database; an AppError of the service lands on its field or the form.
import { describe, expect, it } from "vitest";
import { decodeMessage, encodeMessage } from "@/lib/forms/message";
import { runFormAction } from "@/lib/http/form-action";
import { AppError } from "@/lib/errors";
import { addNote } from "@/lib/server/physio/add-note";
import { NOTE_MAX, NoteSchema } from "@/lib/forms/schemas/note";
import { createReportingPatient } from "../factories/patient-plan";
import { createTestDatabase } from "../setup/test-db";
import { readPlanRecord } from "../support/plan-record";
import { formOf } from "../support/form";

const { db } = await createTestDatabase();
const TODAY = "2026-11-21";

describe("runFormAction with the note form", () => {
  it("refuses a bad note per field, keeps what was typed and stores nothing", async () => {
    const { physio, planId } = await createReportingPatient(db, TODAY);
    const before = await readPlanRecord(db, planId);
    const long = "a".repeat(NOTE_MAX + 1);
    const result = await runFormAction(formOf({ planId, body: long, visibility: "everyone" }), NoteSchema, (input) =>
      addNote(db, physio, { planId, input }),
    );
    expect(result.status).toBe("error");
    expect(result.error).toEqual({
      body: [encodeMessage("errors.tooLong", { max: NOTE_MAX })],
      visibility: ["errors.invalidChoice"],
    });
    expect(decodeMessage(result.error!.body![0]!)).toEqual({ key: "errors.tooLong", params: { max: NOTE_MAX } });
    expect(result.initialValue).toMatchObject({ body: long, visibility: "everyone" });
    expect(await readPlanRecord(db, planId)).toEqual(before);
  });

  it("refuses a control character on the body and a blank body as missing", async () => {
    const { physio, planId } = await createReportingPatient(db, TODAY);
    const work = (input: Parameters<typeof addNote>[2]["input"]) => addNote(db, physio, { planId, input });
    const nul = await runFormAction(formOf({ planId, body: "before\u0000after" }), NoteSchema, work);
    expect(nul.error).toEqual({ body: ["errors.controlCharacter"] });
    const blank = await runFormAction(formOf({ planId, body: "   " }), NoteSchema, work);
    expect(blank.error).toEqual({ body: ["errors.required"] });
    expect((await readPlanRecord(db, planId)).notes).toHaveLength(0);
  });

  it("stores a good note and answers with a reset of the form", async () => {
    const { physio, planId } = await createReportingPatient(db, TODAY);
    const result = await runFormAction(
      formOf({ planId, body: " Shoes next visit ", visibility: "" }),
      NoteSchema,
      (input) => addNote(db, physio, { planId, input }),
      { resetForm: true },
    );
    expect(result).toMatchObject({ status: "success", initialValue: null });
    expect((await readPlanRecord(db, planId)).notes).toEqual([
      expect.objectContaining({ body: "Shoes next visit", visibility: "file" }),
    ]);
  });

  it("puts a service's AppError on the field it names, with its parameters, else on the form", async () => {
    const onField = await runFormAction(formOf({ body: "x" }), NoteSchema, async () => {
      throw new AppError("INVALID_INPUT", "errors.tooLong", { field: "body", max: 3 });
    });
    expect(onField.error).toEqual({ body: ["errors.tooLong?max=3"] });
    const onForm = await runFormAction(formOf({ body: "x" }), NoteSchema, async () => {
      throw new AppError("NOT_FOUND", "errors.planNotFound");
    });
    expect(onForm.error).toEqual({ "": ["errors.planNotFound"] });
    expect(onForm.initialValue).toMatchObject({ body: "x" });
  });

  it("refuses what is not a form", async () => {
    const result = await runFormAction("not a form", NoteSchema, async () => undefined);
    expect(result).toMatchObject({ status: "error", error: { "": ["errors.invalidInput"] } });
  });
});
