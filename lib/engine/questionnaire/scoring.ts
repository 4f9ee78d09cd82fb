// How an outcome questionnaire is scored: our own definition, stored beside the FHIR Questionnaire (FHIR R4
// has no standard scoring element). A clinic writes one for each questionnaire it imports, from the
// instrument's manual; docs/outcomes.md describes every field.
import { z } from "zod";

/** A Questionnaire item's linkId as we accept it: FHIR allows up to 255 characters, no spaces at the ends. */
export const LinkId = z
  .string()
  .min(1)
  .max(255)
  .regex(/^\S(.*\S)?$/);

export const ScoreMethod = z.enum(["sum", "mean"]);
export type ScoreMethod = z.infer<typeof ScoreMethod>;

export const ScoreDirection = z.enum(["higher_is_better", "lower_is_better"]);
export type ScoreDirection = z.infer<typeof ScoreDirection>;

const Range = z
  .object({ min: z.number().finite(), max: z.number().finite() })
  .refine((r) => r.min < r.max, { message: "scoring.rangeInverted", path: ["max"] });

export const Subscale = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/i),
  items: z.array(LinkId).min(1).max(200),
  /** The total's method when left out. */
  method: ScoreMethod.optional(),
});
export type Subscale = z.infer<typeof Subscale>;

export const ScoringDefinition = z.object({
  method: ScoreMethod,
  /** The items the total is made of (numeric or choice items with numeric values). */
  items: z.array(LinkId).min(1).max(200),
  /** Items scored the other way round: a value v counts as (item min + item max - v). */
  reverse: z.array(LinkId).max(200).default([]),
  subscales: z.array(Subscale).max(20).default([]),
  /** The range of the total as the method gives it, before any rescaling. */
  range: Range,
  /** Report the total and the subscales on 0-100 (0 at the range's min, 100 at its max). */
  rescale: z.boolean().default(false),
  /**
   * How many of the total's items must be answered for a score; with fewer there is none. A sum with some
   * items missing is prorated: the answered items' share of their possible points, applied to all items
   * (with equal bounds: the mean of the answered items times the number of items). Default: all. A
   * subscale needs the same share of its own items.
   */
  minAnswered: z.number().int().min(1).optional(),
  /** The smallest change that matters to a patient, on the reported scale (0-100 when rescaled). */
  mcid: z.number().positive().optional(),
  direction: ScoreDirection,
});
export type ScoringDefinition = z.infer<typeof ScoringDefinition>;
