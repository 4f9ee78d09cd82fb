// Reading typed values out of a submitted form, shared by the physio's and the runner's actions.
export const text = (form: FormData, name: string) => String(form.get(name) ?? "");
/** A trimmed text, or undefined when left blank (an optional note). */
export const optional = (form: FormData, name: string) => text(form, name).trim() || undefined;

// A JSON-encoded field (the program editor's items); what is not JSON is passed on as-is so the
// service's schema refuses it with a field message instead of the action crashing.
export function jsonField(form: FormData, name: string): unknown {
  try {
    return JSON.parse(text(form, name));
  } catch {
    return text(form, name);
  }
}

// Only the intake fields the form filled in; blank numbers are left out (no change asked).
export function intakeCorrectionFrom(form: FormData) {
  const num = (name: string) => (text(form, name).trim() === "" ? undefined : Number(text(form, name)));
  const days = form.getAll("trainingDays").map((d) => Number(d));
  const word = (name: string) => (text(form, name).trim() === "" ? {} : { [name]: text(form, name).trim() });
  return {
    ...word("site"),
    ...word("tissue"),
    ...word("boneSite"),
    ...(num("restPainBaseline") !== undefined ? { restPainBaseline: num("restPainBaseline") } : {}),
    ...word("lastRunOn"),
    ...word("side"),
    ...word("onsetOn"),
    ...diagnosisFrom(form),
    ...imagingFrom(form),
    ...(num("runsPerWeek") !== undefined ? { runsPerWeek: num("runsPerWeek") } : {}),
    ...(num("weeklyMinutes") !== undefined ? { weeklyMinutes: num("weeklyMinutes") } : {}),
    ...(num("longestRunMinutes") !== undefined ? { longestRunMinutes: num("longestRunMinutes") } : {}),
    ...(form.has("trainingDaysShown") ? { trainingDays: days } : {}),
    ...(text(form, "diagnosedOn").trim() !== "" ? { diagnosedOn: text(form, "diagnosedOn").trim() } : {}),
  };
}

// A diagnosis when either its words or its code is filled in; the service checks the code.
function diagnosisFrom(form: FormData) {
  const words = text(form, "diagnosisText").trim();
  const code = text(form, "diagnosisCode").trim();
  if (!words && !code) return {};
  return { diagnosis: { ...(words ? { text: words } : {}), ...(code ? { code } : {}) } };
}

// Imaging when any of its fields is filled in (a date or finding without a type is refused by the service).
function imagingFrom(form: FormData) {
  const type = text(form, "imagingType").trim();
  const on = text(form, "imagingOn").trim();
  const finding = text(form, "imagingFinding").trim();
  if (!type && !on && !finding) return {};
  return {
    imaging: { ...(type ? { type } : {}), ...(on ? { on } : {}), ...(finding ? { finding } : {}) },
  };
}

/** The ticked training days as sent (at most seven); the service's schema checks each one. */
export function trainingDaysOf(form: FormData): string[] {
  return form
    .getAll("trainingDays")
    .filter((d): d is string => typeof d === "string")
    .slice(0, 7);
}

const readinessFields = {
  walk: ["minutes", "pain"],
  calfRaise: ["left", "right", "pain"],
  singleLegSquat: ["left", "right", "pain"],
  hop: ["count", "seconds", "pain"],
  bridge: ["left", "right", "pain"],
  kneeFlexion: ["pain"],
} as const;

// The readiness tests a physio measured: a test with every box blank was not done; a half-filled one is
// passed on with NaN in its blanks (not hop's "count or seconds") so the schema names the missing box.
export function readinessTestsFrom(form: FormData): Record<string, Record<string, number>> {
  const tests: Record<string, Record<string, number>> = {};
  for (const [id, fields] of Object.entries(readinessFields)) {
    const values = fields.map((f) => [f, text(form, `${id}.${f}`).trim()] as const);
    if (values.every(([, v]) => v === "")) continue;
    tests[id] = Object.fromEntries(
      values
        .filter(([f, v]) => !(id === "hop" && f !== "pain" && v === ""))
        .map(([f, v]) => [f, v === "" ? Number.NaN : Number(v)]),
    );
  }
  return tests;
}
