// The physio's note form on Conform: a field left blank says so when she leaves it, a refused note keeps
// what she typed (also in a browser without JavaScript, where the form posts itself), an added one empties
// the form. Errors are tied to their field for screen readers.
import { expect } from "@playwright/test";
import { test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signIn } from "./support/auth";
import { sql } from "./support/db";
import { createPatient } from "./support/patients";

const FEMKE = "femke@comeback.demo";
const notesOf = async (planId: string) =>
  (
    await sql<{ body: string; visibility: string }>(`select body, visibility from notes where plan_id = $1`, [planId])
  ).map((n) => `${n.visibility}: ${n.body}`);

test("Femke leaves the note blank, is told on the field, then adds a note for the patient", async ({ page }) => {
  const planId = await createPatient("Noor Notitie", { startDaysAgo: 4, pain: [1, 1, 0, 0] });
  await signIn(page, FEMKE, { locale: "nl" });
  await page.goto(`/nl/physio/patients/${planId}/notes`);
  const box = page.getByLabel("Nieuwe notitie");
  await box.focus();
  await box.blur();
  await expect(page.getByText("Vul dit in.")).toBeVisible();
  await expect(box).toHaveAttribute("aria-invalid", "true");
  const describedBy = await box.getAttribute("aria-describedby");
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText("Vul dit in.");
  await expectNoSeriousA11yViolations(page);

  await box.fill("Schoenen meenemen naar de volgende afspraak.");
  await expect(page.getByText("Vul dit in.")).toBeHidden();
  await page.getByLabel("Voor de patiënt").check();
  await page.getByRole("button", { name: "Notitie toevoegen" }).click();
  await expect(page.getByText("Notitie toegevoegd.")).toBeVisible();
  await expect(box).toHaveValue("");
  await expect(page.getByLabel("Voor mijn dossier")).toBeChecked();
  expect(await notesOf(planId)).toEqual(["patient: Schoenen meenemen naar de volgende afspraak."]);
});

test("without JavaScript a refused note comes back with its error and what was typed", async ({ browser }) => {
  const planId = await createPatient("Zonder Script", { startDaysAgo: 4, pain: [1, 1, 0, 0] });
  const signedIn = await browser.newContext();
  await signIn(await signedIn.newPage(), FEMKE);
  const page = await (
    await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() })
  ).newPage();
  await page.goto(`/en/physio/patients/${planId}/notes`);
  const box = page.getByLabel("New note");
  // A control character passes the browser's own checks (the box is filled in) but not the server's.
  await box.fill("Calf tight after the hills\u0007");
  await page.getByLabel("For the patient").check();
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText(/holds a character that cannot be saved/)).toBeVisible();
  await expect(box).toHaveValue("Calf tight after the hills\u0007");
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("For the patient")).toBeChecked();
  expect(await notesOf(planId)).toEqual([]);

  await box.fill("Calf tight after the hills");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Note added.")).toBeVisible();
  expect(await notesOf(planId)).toEqual(["patient: Calf tight after the hills"]);
});
