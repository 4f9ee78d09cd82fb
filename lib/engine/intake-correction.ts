import { Intake } from "./intake";
import type { PlanEvent } from "./plan-event";
import { applySettingsPatch, defaultSettings, type PlanSettings, type PlanSettingsPatch } from "./settings";

// A correction of the intake fixes what was entered wrong, so the whole plan is
// replayed with the corrected intake (ladder, cross-training minutes, projection). Corrections
// dated after `today` are not known yet; one that would make the intake inconsistent is skipped.
export function correctedIntake(intake: Intake, events: readonly PlanEvent[], today: string): Intake {
  let result = intake;
  for (const event of corrections(events, today)) {
    const next = Intake.safeParse({ ...result, ...event.intake });
    if (next.success) result = next.data;
  }
  return result;
}

type Correction = Extract<PlanEvent, { kind: "intake_correction" }>;
type SettingsChange = Extract<PlanEvent, { kind: "settings_change" }>;

function corrections(events: readonly PlanEvent[], today: string): Correction[] {
  return events
    .filter((e): e is Correction => e.kind === "intake_correction" && e.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The settings a plan starts from and the settings changes it replays, once the intake is corrected.
 * The tissue sets several defaults (DOMAIN §3, see defaultSettings): bone's longer phase 1 and the
 * physio's approval at a high-risk site (Warden et al. 2014), the tendon pain-monitoring model and
 * baseline (Silbernagel et al. 2007), a muscle's faster steps. A correction that changes those
 * defaults (tissue, bone site, rest pain) makes them hold as if the intake had been right from the
 * start: a start value still at the old default takes the new one, and a change made before the
 * correction to such a field is dropped (it was tuned for the wrong injury). Changes made after the
 * correction still apply; other fields are untouched.
 */
export function correctedSettings(
  intake: Intake,
  settings: PlanSettings,
  events: readonly PlanEvent[],
  today: string,
): { settings: PlanSettings; events: PlanEvent[] } {
  let before = intake;
  let start = settings;
  let out: PlanEvent[] = [...events];
  for (const correction of corrections(events, today)) {
    const next = Intake.safeParse({ ...before, ...correction.intake });
    if (!next.success) continue;
    const from = defaultSettings(before);
    const to = defaultSettings(next.data);
    const moved = movedDefaults(from, to);
    before = next.data;
    if (moved.size === 0) continue;
    start = rebase(start, from, to, moved);
    const at = out.indexOf(correction);
    out = out.map((e, i) =>
      e.kind === "settings_change" && (e.date < correction.date || (e.date === correction.date && i < at))
        ? withoutFields(e, moved)
        : e,
    );
  }
  return { settings: start, events: out };
}

/** The settings in force on `today` (what the physio's settings form shows): the replay's own rules. */
export function settingsInForce(
  intake: Intake,
  settings: PlanSettings,
  events: readonly PlanEvent[],
  today: string,
): PlanSettings {
  const corrected = correctedSettings(intake, settings, events, today);
  return corrected.events
    .filter((e): e is SettingsChange => e.kind === "settings_change" && e.date <= today)
    .reduce((s, e) => applySettingsPatch(s, e.settings), corrected.settings);
}

type Leaf = string; // "tolerance", "minPhaseDays.phase1", …

function leaves(settings: PlanSettings): Map<Leaf, unknown> {
  const out = new Map<Leaf, unknown>();
  for (const [key, value] of Object.entries(settings)) {
    if (value !== null && typeof value === "object")
      for (const [sub, v] of Object.entries(value)) out.set(`${key}.${sub}`, v);
    else out.set(key, value);
  }
  return out;
}

function movedDefaults(from: PlanSettings, to: PlanSettings): Set<Leaf> {
  const a = leaves(from);
  const b = leaves(to);
  return new Set([...a.keys()].filter((k) => a.get(k) !== b.get(k)));
}

// A start value of a moved field takes the new default, unless it was set apart from the old one.
function rebase(settings: PlanSettings, from: PlanSettings, to: PlanSettings, moved: Set<Leaf>): PlanSettings {
  const current = leaves(settings);
  const oldDefaults = leaves(from);
  const newDefaults = leaves(to);
  const patch: Record<string, unknown> = {};
  for (const leaf of moved)
    setLeaf(patch, leaf, current.get(leaf) === oldDefaults.get(leaf) ? newDefaults.get(leaf) : current.get(leaf));
  return applySettingsPatch(settings, patch as PlanSettingsPatch);
}

function setLeaf(target: Record<string, unknown>, leaf: Leaf, value: unknown) {
  const [key, sub] = leaf.split(".") as [string, string | undefined];
  if (sub) target[key] = { ...(target[key] as object | undefined), [sub]: value };
  else target[key] = value;
}

function withoutFields(event: SettingsChange, moved: Set<Leaf>): SettingsChange {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event.settings)) {
    if (value === undefined) continue;
    if (value !== null && typeof value === "object") {
      const kept = Object.fromEntries(Object.entries(value).filter(([sub]) => !moved.has(`${key}.${sub}`)));
      if (Object.keys(kept).length > 0) patch[key] = kept;
    } else if (!moved.has(key)) patch[key] = value;
  }
  return { ...event, settings: patch as PlanSettingsPatch };
}
