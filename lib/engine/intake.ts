import { z } from "zod";
import { DiagnosisCode } from "./diagnosis-codes";
import { IsoDate } from "./iso-date";

export const InjurySite = z.enum(["achilles", "calf", "shin", "knee", "hamstring", "hip", "foot", "ankle", "other"]);
export type InjurySite = z.infer<typeof InjurySite>;

export const Tissue = z.enum(["bone", "tendon", "muscle", "joint", "other", "unknown"]);
export type Tissue = z.infer<typeof Tissue>;

/**
 * Where a bone stress injury sits; the site sets its risk grade (boneRisk, Warden et al. 2014).
 * "femoral_neck" is its tension (superolateral) side, "fifth_metatarsal" the proximal 5th; "other"
 * means not sure (graded high risk until a physio names the site).
 */
export const BoneSite = z.enum([
  "navicular",
  "femoral_neck",
  "anterior_tibia",
  "fifth_metatarsal",
  "sesamoid",
  "medial_malleolus",
  "talus",
  "second_metatarsal_base",
  "patella",
  "posteromedial_tibia",
  "metatarsal_shaft",
  "fibula",
  "femoral_neck_compression",
  "calcaneus",
  "other",
]);
export type BoneSite = z.infer<typeof BoneSite>;

export const IsoWeekday = z.int().min(1).max(7);

/** Which side hurts; "not_applicable" for a midline or both-sided-by-nature complaint. */
export const InjurySide = z.enum(["left", "right", "both", "not_applicable"]);
export type InjurySide = z.infer<typeof InjurySide>;

/** The physio's diagnosis: their own words and, optionally, a code from DIAGNOSIS_CODES (ICD-10). */
export const Diagnosis = z.object({
  text: z.string().trim().max(200).optional(),
  code: DiagnosisCode.optional(),
});
export type Diagnosis = z.infer<typeof Diagnosis>;

export const ImagingType = z.enum(["none", "xray", "ultrasound", "mri", "bone_scan", "ct"]);
export type ImagingType = z.infer<typeof ImagingType>;

/** Imaging done for this injury: what, when and what it showed (the physio's words). */
export const Imaging = z.object({
  type: ImagingType,
  on: IsoDate.optional(),
  finding: z.string().trim().max(300).optional(),
});
export type Imaging = z.infer<typeof Imaging>;

/** What the runner tells us when a plan starts: the injury and their running before it. */
export const Intake = z
  .object({
    site: InjurySite,
    tissue: Tissue,
    lastRunOn: IsoDate,
    runsPerWeek: z.int().min(1).max(14),
    weeklyMinutes: z.int().min(10).max(2000),
    longestRunMinutes: z.int().min(5).max(600),
    trainingDays: z
      .array(IsoWeekday)
      .min(1)
      .max(7)
      .refine((days) => new Set(days).size === days.length, { message: "Training days must be unique" }),
    startOn: IsoDate,
    /** Meaningful when tissue is "bone"; older plans have none (graded high risk until set). */
    boneSite: BoneSite.optional(),
    /** A bone stress injury's diagnosis date, entered by the physio: the time off loading counts from it. */
    diagnosedOn: IsoDate.optional(),
    /**
     * "Pain at rest these days" (0–3), asked at onboarding: a tendon's own baseline under the
     * pain-monitoring model (Silbernagel et al. 2007). Older plans have none (baseline 0).
     */
    restPainBaseline: z.int().min(0).max(3).optional(),
    // Clinical record: kept with the intake (replayed, corrected and exported with it) but not read
    // by the engine's rules. The side, the date the complaint began, the diagnosis and any imaging.
    side: InjurySide.optional(),
    onsetOn: IsoDate.optional(),
    diagnosis: Diagnosis.optional(),
    imaging: Imaging.optional(),
  })
  .refine((intake) => intake.lastRunOn <= intake.startOn, {
    message: "The last run must be on or before the start of the plan",
    path: ["lastRunOn"],
  })
  .refine((intake) => intake.onsetOn === undefined || intake.onsetOn <= intake.startOn, {
    message: "The complaint began on or before the start of the plan",
    path: ["onsetOn"],
  })
  .refine((intake) => intake.longestRunMinutes <= intake.weeklyMinutes, {
    message: "The longest run cannot be longer than the weekly total",
    path: ["longestRunMinutes"],
  });
export type Intake = z.infer<typeof Intake>;
