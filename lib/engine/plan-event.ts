import { z } from "zod";
import { ReadinessTests } from "./check-in";
import { SessionItem } from "./dose";
import { IsoDate } from "./iso-date";
import { BoneSite, Diagnosis, Imaging, InjurySide, InjurySite, IsoWeekday, Tissue } from "./intake";
import { PlanSettingsPatch } from "./settings";

const Role = z.enum(["physio", "runner"]);
export type Role = z.infer<typeof Role>;

const base = { date: IsoDate, by: Role, note: z.string().max(1000).optional() };
const targetPhase = z.union([z.literal(2), z.literal(3), z.literal(4)]);

/** Why a plan is paused; the words live in the "control" messages. */
export const InterruptionReason = z.enum(["illness", "holiday", "surgery", "other"]);
export type InterruptionReason = z.infer<typeof InterruptionReason>;

/** The session kinds a physio can prescribe a program for (the engine plans the rest). */
export const ProgramSessionKind = z.enum(["strength", "mobility"]);
export type ProgramSessionKind = z.infer<typeof ProgramSessionKind>;
export const MAX_PROGRAM_ITEMS = 12;

/**
 * The intake fields that can be corrected after the start: the injury (site, tissue, bone site, a
 * tendon's rest pain, the last run) and the running before it (DOMAIN §2). Replayed as if entered at the start.
 */
export const IntakeCorrection = z.object({
  site: InjurySite.optional(),
  tissue: Tissue.optional(),
  boneSite: BoneSite.optional(),
  restPainBaseline: z.int().min(0).max(3).optional(),
  lastRunOn: IsoDate.optional(),
  side: InjurySide.optional(),
  onsetOn: IsoDate.optional(),
  diagnosis: Diagnosis.optional(),
  imaging: Imaging.optional(),
  runsPerWeek: z.int().min(1).max(14).optional(),
  weeklyMinutes: z.int().min(10).max(2000).optional(),
  longestRunMinutes: z.int().min(5).max(600).optional(),
  trainingDays: z.array(IsoWeekday).min(1).max(7).optional(),
  /** A bone stress injury's diagnosis date, entered by the physio: the bone's rest counts from it. */
  diagnosedOn: IsoDate.optional(),
});
export type IntakeCorrection = z.infer<typeof IntakeCorrection>;

/** Dated actions by the physio or the runner; the engine replays them in date order. */
export const PlanEvent = z
  .discriminatedUnion("kind", [
    z.object({ ...base, kind: z.literal("approve_transition"), toPhase: targetPhase }),
    // "Not yet": the pain-free streak keeps counting; the gate asks again on `recheckOn`
    // (default 3 days later) if it is still met. The note is the reason the runner sees.
    z.object({ ...base, kind: z.literal("decline_transition"), toPhase: targetPhase, recheckOn: IsoDate.optional() }),
    z.object({
      ...base,
      kind: z.literal("override"),
      phase: z.int().min(1).max(4).optional(),
      // Any level of the plan's ladder (long lay-offs have long ladders); the engine clamps to its top.
      level: z.int().min(1).optional(),
      backToLevelOn: IsoDate.optional(),
    }),
    z.object({ ...base, kind: z.literal("clearance") }),
    z.object({ ...base, kind: z.literal("settings_change"), settings: PlanSettingsPatch }),
    z.object({
      ...base,
      kind: z.literal("interruption"),
      from: IsoDate,
      to: IsoDate,
      reason: InterruptionReason.optional(),
    }),
    // Ends every interruption running on `date`: the plan resumes that day.
    z.object({ ...base, kind: z.literal("interruption_end") }),
    // The physio's program for one session kind in one phase: it replaces the engine's default
    // exercises of every matching session from its date on; no items brings the default back.
    z.object({
      ...base,
      kind: z.literal("program_change"),
      phase: z.int().min(1).max(4),
      sessionKind: ProgramSessionKind,
      items: z.array(SessionItem).max(MAX_PROGRAM_ITEMS),
      instruction: z.string().trim().max(500).optional(),
    }),
    // A correction of the intake: the plan is replayed as if it had been right from the start.
    z.object({ ...base, kind: z.literal("intake_correction"), intake: IntakeCorrection }),
    // Readiness tests the physio measured in the practice: they count like the runner's own (phase 3).
    z.object({ ...base, kind: z.literal("clinic_tests"), tests: ReadinessTests }),
    // End of care: the plan is archived on this date (read-only; the replay stops here).
    z.object({ ...base, kind: z.literal("discharge") }),
  ])
  .superRefine((event, ctx) => {
    if (event.kind === "override" && event.phase === undefined && event.level === undefined && !event.backToLevelOn) {
      ctx.addIssue({ code: "custom", message: "An override needs a phase, a level or a date", path: ["kind"] });
    }
    if (event.kind === "intake_correction" && Object.values(event.intake).every((v) => v === undefined)) {
      ctx.addIssue({ code: "custom", message: "A correction changes at least one field", path: ["intake"] });
    }
    if (event.kind === "clinic_tests" && Object.values(event.tests).every((v) => v === undefined)) {
      ctx.addIssue({ code: "custom", message: "Record at least one test", path: ["tests"] });
    }
    if (event.kind === "interruption" && event.from > event.to) {
      ctx.addIssue({ code: "custom", message: "An interruption ends on or after it starts", path: ["to"] });
    }
  });
export type PlanEvent = z.infer<typeof PlanEvent>;
