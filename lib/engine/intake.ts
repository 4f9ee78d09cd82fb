import { z } from "zod";
import { IsoDate } from "./iso-date";

export const InjurySite = z.enum(["achilles", "calf", "shin", "knee", "hamstring", "hip", "foot", "ankle", "other"]);
export type InjurySite = z.infer<typeof InjurySite>;

export const Tissue = z.enum(["bone", "tendon", "muscle", "joint", "other", "unknown"]);
export type Tissue = z.infer<typeof Tissue>;

/** Where a bone stress injury sits; the site sets its risk grade (boneRisk). */
export const BoneSite = z.enum([
  "navicular",
  "femoral_neck",
  "anterior_tibia",
  "fifth_metatarsal",
  "sesamoid",
  "posteromedial_tibia",
  "metatarsal_shaft",
  "fibula",
  "other",
]);
export type BoneSite = z.infer<typeof BoneSite>;

export const IsoWeekday = z.int().min(1).max(7);

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
    /** Meaningful when tissue is "bone"; older plans have none. */
    boneSite: BoneSite.optional(),
  })
  .refine((intake) => intake.lastRunOn <= intake.startOn, {
    message: "The last run must be on or before the start of the plan",
    path: ["lastRunOn"],
  })
  .refine((intake) => intake.longestRunMinutes <= intake.weeklyMinutes, {
    message: "The longest run cannot be longer than the weekly total",
    path: ["longestRunMinutes"],
  });
export type Intake = z.infer<typeof Intake>;
