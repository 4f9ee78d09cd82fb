import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { describe, expect, it } from "vitest";
import { LabelledControl, type LabelledControlProps } from "@/components/ui/labelled-control";
import { StartPhaseField } from "@/components/physio/invites/start-phase-field";
import { DecisionForm } from "@/components/physio/patient/decision-form";
import { PhysioClearanceForm } from "@/components/physio/patient/clearance-form";
import type { SchemaFormAction } from "@/lib/http/form-action";
import enControl from "@/lib/i18n/messages/en/control.json";
import enPatient from "@/lib/i18n/messages/en/patient.json";
import enErrors from "@/lib/i18n/messages/en/errors.json";

// The provider's props type wants children inside them; they are passed as createElement's children instead.
const inEnglish = (messages: AbstractIntlMessages, element: ReactElement) =>
  createElement(
    NextIntlClientProvider,
    { locale: "en", timeZone: "UTC", messages } as ComponentProps<typeof NextIntlClientProvider>,
    element,
  );

const render = (props: Omit<LabelledControlProps, "children">) =>
  renderToStaticMarkup(
    // A plain function of its props (no hooks), so it can be called directly with its render function.
    LabelledControl({ ...props, children: (control) => createElement("select", { ...control, name: "x" }) }),
  );

// The label, hint and error must reach a screen reader through the control's own attributes: e2e specs and
// assistive technology find the field by its label, and a refused answer must be read with its reason.
describe("LabelledControl", () => {
  it.each([
    ["label only", {}, undefined, undefined],
    ["a hint", { hint: "Help" }, "c-hint", undefined],
    ["an inline error", { error: "Wrong" }, "c-error", "true"],
    ["a hint and an inline error", { hint: "Help", error: "Wrong" }, "c-hint c-error", "true"],
    ["a form error, field valid", { hint: "Help", errorId: "form-error" }, "c-hint", undefined],
    [
      "a form error, field invalid",
      { hint: "Help", errorId: "form-error", invalid: true },
      "c-hint form-error",
      "true",
    ],
  ] as const)("%s", (_name, extra, describedBy, invalid) => {
    const html = render({ id: "c", label: "Choose", ...extra });
    expect(html).toContain('<label for="c"');
    expect(html).toContain('<select id="c"');
    const attr = (name: string) => html.match(new RegExp(`${name}="([^"]*)"`))?.[1];
    expect(attr("aria-describedby")).toBe(describedBy);
    expect(attr("aria-invalid")).toBe(invalid);
    if (describedBy)
      for (const id of describedBy.split(" ").filter((id) => id.startsWith("c-"))) {
        expect(html).toContain(`id="${id}"`);
      }
  });

  it("keeps the start-phase field's id, name, hint and values", () => {
    const html = renderToStaticMarkup(
      inEnglish({ control: enControl }, createElement(StartPhaseField, { defaultValue: "3" })),
    );
    expect(html).toContain('<label for="invite-start-phase"');
    expect(html).toMatch(
      /<select id="invite-start-phase" aria-describedby="invite-start-phase-hint" name="startPhase"/,
    );
    expect(html).toContain('<p id="invite-start-phase-hint"');
    expect(html.match(/<option value="[1-4]"/g)).toHaveLength(4);
    expect(html).toContain('<option value="3" selected="">');
  });

  const physio = (element: ReturnType<typeof createElement>) =>
    renderToStaticMarkup(inEnglish({ control: enControl, patient: enPatient, errors: enErrors }, element));
  const save: SchemaFormAction = async () => ({ status: "success" });
  // A tag's attributes in any order: Conform's helpers and the component both set some.
  const tag = (html: string, element: string, id: string) =>
    new RegExp(`<${element} [^>]*id="${id}"[^>]*>`).exec(html)?.[0];

  it("the clearance form keeps its heading, hidden plan, a required finding and an optional message, each with a hint", () => {
    const html = physio(createElement(PhysioClearanceForm, { planId: "p1", redFlags: ["Night pain"], save }));
    expect(html).toContain('<section aria-labelledby="clearance-title"');
    expect(html).toContain('<h2 id="clearance-title"');
    expect(html).toContain('<input type="hidden" name="planId" value="p1"/>');
    expect(html).toContain("<li>Night pain</li>");
    const finding = tag(html, "textarea", "clearance-finding");
    for (const attribute of ['aria-describedby="clearance-finding-hint"', 'name="finding"', 'required=""'])
      expect(finding).toContain(attribute);
    const note = tag(html, "textarea", "clearance-note");
    for (const attribute of ['aria-describedby="clearance-note-hint"', 'name="note"'])
      expect(note).toContain(attribute);
    expect(note).not.toContain("required");
  });

  it("the decision form sends plan, phase, a note (the reason on a decline) and a re-check date", () => {
    const recheck = { suggested: "2026-12-10", min: "2026-12-08", max: "2027-01-04" };
    const html = physio(createElement(DecisionForm, { planId: "p1", toPhase: 3, recheck, save }));
    expect(html).toContain('<h2 id="decision-title"');
    expect(html).toContain('<input type="hidden" name="toPhase" value="3"/>');
    for (const attribute of ['aria-describedby="decision-note-hint"', 'name="note"'])
      expect(tag(html, "textarea", "decision-note")).toContain(attribute);
    const date = tag(html, "input", "decision-recheck");
    for (const attribute of [
      'aria-describedby="decision-recheck-hint"',
      'name="recheckOn"',
      'type="date"',
      'value="2026-12-10"',
      'min="2026-12-08"',
      'max="2027-01-04"',
    ])
      expect(date).toContain(attribute);
    expect(html).not.toMatch(/<textarea[^>]* required/);
    expect(html).toMatch(/<button type="submit" value="approve"[^>]* name="decision">Approve phase 3</);
    expect(html).toMatch(/<button type="submit" value="decline"[^>]* name="decision">/);
  });
});
