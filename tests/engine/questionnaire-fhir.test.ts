// The questionnaires we ship (and the made-up test one) are valid FHIR R4 by the structure definitions of a
// kept package, not only by our own import checks; so are the responses we build for them.
import { describe, expect, it } from "vitest";
import type { Questionnaire } from "@medplum/fhirtypes";
import { SHIPPED_KEYS, shippedQuestionnaire } from "@/lib/engine";
import { madeUpQuestionnaire, madeUpResponse } from "../fixtures/made-up-questionnaire";
import { validateR4 } from "../support/fhir-r4";

describe("questionnaires against the FHIR R4 definitions", () => {
  it.each(SHIPPED_KEYS.flatMap((key) => (["en", "nl"] as const).map((locale) => [key, locale] as const)))(
    "the shipped %s (%s) is a valid Questionnaire",
    (key, locale) => {
      expect(() => validateR4(shippedQuestionnaire(key, locale))).not.toThrow();
    },
  );

  it("the made-up licensed-style questionnaire and a response to it are valid", () => {
    expect(() => validateR4(madeUpQuestionnaire())).not.toThrow();
    const response = madeUpResponse({ a1: { code: "s" }, a2: 2, a3: 1, b1: 5, b2: 3, b3: "Made-up answer" });
    expect(() => validateR4(response)).not.toThrow();
  });

  it.each([
    ["a status FHIR does not know", (q: Questionnaire) => (q.status = "finished" as never), /Questionnaire.status/],
    ["an item type FHIR does not know", (q: Questionnaire) => (q.item![1]!.type = "box" as never), /type/],
    ["an item without its linkId", (q: Questionnaire) => delete (q.item![0] as { linkId?: string }).linkId, /linkId/],
  ])("refuses %s (the check itself works)", (_label, change, message) => {
    const broken = shippedQuestionnaire("psfs", "en");
    change(broken);
    expect(() => validateR4(broken)).toThrow(message);
  });
});
