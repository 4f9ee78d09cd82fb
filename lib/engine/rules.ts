// The clinical rules the engine applies, in the order a physio reads them: one source of truth for
// lib/engine/README.md and the physio's rules page (words in lib/i18n/messages/{en,nl}/rules.json).
// A test fails when this list and the README table drift apart (lib/engine/README.md), or when a source is not a citation.
import type { CitationId } from "./citations";

export interface ClinicalRule {
  id: string;
  /** The published sources the rule comes from (citations.ts), most direct first. */
  sources: readonly CitationId[];
  /** The default numbers, as plain data a physio can read. */
  defaults: string;
}

export const clinicalRules: readonly ClinicalRule[] = [
  {
    id: "phases",
    sources: ["steunebrink2026"],
    defaults: "4 phases in order: rest + cross-training, mobility, strength, running",
  },
  { id: "painFreeDay", sources: ["hickey2020"], defaults: "every pain score ≤ tolerance 0/10, no red flag" },
  {
    id: "gates",
    sources: ["steunebrink2026", "hegedus2021"],
    defaults: "3 pain-free days to phase 2 and 3, 7 to phase 4; phase 1 ≥ 3 days, phase 2 ≥ 5, phase 3 ≥ 14",
  },
  {
    id: "declineRecheck",
    sources: ["ardern2016"],
    defaults:
      "a physio's decline keeps the pain-free streak; the gate asks again on the re-check date (default 3 days)",
  },
  {
    id: "readiness",
    sources: ["hegedus2021"],
    defaults: "walk 30 min, 20 calf raises and 10 single-leg squats each side, 10 hops or 30 s; pain ≤ 2/10",
  },
  {
    id: "hamstringTests",
    sources: ["freckleton2014", "hickey2017"],
    defaults: "single-leg bridge ≥ 20 each side, resisted knee flexion pain-free",
  },
  { id: "readinessStint", sources: ["hegedus2021"], defaults: "tests count only since the latest start of phase 3" },
  {
    id: "limbSymmetry",
    sources: ["thomee2011", "silbernagel2006"],
    defaults:
      "LSI = weaker side / stronger side × 100 for the two-sided tests; below 90 % marked for the physio, not a gate on its own",
  },
  {
    id: "clinicTests",
    sources: ["hegedus2021"],
    defaults:
      "tests the physio measures in the practice count like the runner's, in the current stint in phase 3; on the same day the practice's result counts over the runner's",
  },
  {
    id: "ruleOfThumb",
    sources: ["steunebrink2026"],
    defaults:
      "back at level = phase-4 start + 2 × weeks off; the levels are paced to end on it; a break of N weeks adds ≥ 2 × N weeks",
  },
  {
    id: "physioTarget",
    sources: ["fees1998", "nielsen2014"],
    defaults:
      "a physio's return date paces the levels (spread out or closer, within the limits); one date shown: that date, or the earliest safe date with the reason",
  },
  {
    id: "tissuePace",
    sources: ["steunebrink2026", "silbernagel2007", "warden2014"],
    defaults:
      "all reports pain-free: muscle (≤ 8 weeks off) back by the rule's date + 7 days, tendon by + 28 days; bone: the whole ladder at ≤ 1 level a week, later with the reason",
  },
  {
    id: "walkRun",
    sources: ["warden2014", "liem2013"],
    defaults: "4 blocks of 5 min, jog 0.5 → 4.5 min, +0.5–1 min per step, a rest day between runs",
  },
  {
    id: "muscleReentry",
    sources: ["hickey2020", "askling2013"],
    defaults:
      "muscle: 1 walk/run level kept per week off beyond the first (≤ 1 week off: continuous running first); tendon and bone: level 1",
  },
  {
    id: "speedStage",
    sources: ["mendiguchia2017", "askling2013", "hickey2020"],
    defaults:
      "hamstring: strides, then surges to 60, 70, 80, 90 and 100 % effort, one step per level on its counted runs",
  },
  {
    id: "runCounts",
    sources: ["fees1998"],
    defaults:
      "a run on a planned day counts at ≥ 90 % of its minutes, finished, pain-free, no soreness; an added run counts for the load only",
  },
  {
    id: "levelPace",
    sources: ["fees1998", "hickey2020"],
    defaults: "≤ 1 level a week (muscle: ≤ 3, as soon as the level's runs count), ≥ 2 counted runs per level",
  },
  {
    id: "soreness",
    sources: ["fees1998"],
    defaults: "warm-up pain that stays or returns: 2 days off, 1 level down; warm-up pain that goes: stay",
  },
  {
    id: "nextDaySoreness",
    sources: ["fees1998"],
    defaults: "1 day off, the level's runs start again, no step up for 7 days",
  },
  {
    id: "nielsen",
    sources: ["nielsen2014"],
    defaults: "weekly running ≤ +30 % over any two weeks, from the re-entry level's week on (not from zero)",
  },
  {
    id: "volumeCaps",
    sources: ["nielsen2014", "steunebrink2025"],
    defaults:
      "no run over the longest pre-injury run, no week over the pre-injury weekly minutes, 1 run a day, 1 full rest day a week, training days only",
  },
  {
    id: "breakInRunning",
    sources: ["mujika2000", "fees1998"],
    defaults: "after ≥ 7 days without running: 1 level down per 5 days off",
  },
  {
    id: "redFlags",
    sources: ["finucane2020", "wells1997", "warden2014"],
    defaults:
      "night pain, bone tenderness, swelling on 2 reports, limping, numbness, ill or feverish, hot swollen calf, sudden sharp pain or pop",
  },
  {
    id: "redFlagUrgency",
    sources: ["wells1997", "finucane2020", "warden2014"],
    defaults:
      "same day: hot swollen calf, ill or feverish, sudden sharp pain or pop, numbness; within days: bone tenderness, night pain; next visit: persistent swelling, limping",
  },
  {
    id: "redFlagPause",
    sources: ["ardern2016", "fees1998"],
    defaults: "no running until a clearance, then 1 level lower; a corrected report keeps its flag",
  },
  { id: "painRising", sources: ["silbernagel2007"], defaults: "pain up 3 reports in a row: hold, physio alerted" },
  {
    id: "painAfter",
    sources: ["silbernagel2007"],
    defaults:
      "pain > 5/10 during or after a session, at rest or on waking: 2 rest days, 1 level down, no step up for 7 days, physio alerted",
  },
  {
    id: "tendonPain",
    sources: ["silbernagel2007"],
    defaults:
      "pain ≤ 5/10 during and after loading; morning back to the runner's baseline (rest pain asked at onboarding, 0–3); not rising week on week",
  },
  {
    id: "tendonLoading",
    sources: ["rio2015", "beyer2015"],
    defaults: "isometric holds (5 × 45 s) from phase 1, slow heavy loading from phase 2, 3 times a week",
  },
  { id: "boneTolerance", sources: ["warden2014"], defaults: "tolerance 0/10, never raised" },
  {
    id: "boneHighRisk",
    sources: ["warden2014"],
    defaults:
      "femoral neck (tension side), anterior tibia, medial malleolus, talus, navicular, proximal 5th metatarsal, base of 2nd metatarsal, great-toe sesamoids, patella; unknown site = high: approval at every step, phase 1 ≥ 42 days from the last run or diagnosis (others 14)",
  },
  {
    id: "strengthAndRunning",
    sources: ["robineau2016", "eddens2018"],
    defaults:
      "heavy strength not on or the day before a run (also across a level change); strength first on a shared day",
  },
  {
    id: "recovery",
    sources: ["steunebrink2025"],
    defaults: "resting heart rate ≥ 7 bpm over the 7-day median or < 6 h sleep: an easier day",
  },
];
