// The clinical rules the engine applies, in the order a physio reads them: one source of truth for
// lib/engine/README.md and the physio's rules page (words in lib/i18n/messages/{en,nl}/rules.json).
// A test fails when this list and the README table drift apart.

export interface ClinicalRule {
  id: string;
  /** The published source (or seed article) the rule comes from. */
  source: string;
  /** The default numbers, as plain data a physio can read. */
  defaults: string;
}

export const clinicalRules: readonly ClinicalRule[] = [
  {
    id: "phases",
    source: "Steunebrink 2026 (Hardlopen na een blessure, 19 January 2026)",
    defaults: "4 phases in order: rest + cross-training, mobility, strength, running",
  },
  { id: "painFreeDay", source: "Hickey et al. 2020", defaults: "every pain score ≤ tolerance 0/10, no warning sign" },
  {
    id: "gates",
    source: "Steunebrink 2026; Goom et al. 2016",
    defaults: "3 pain-free days to phase 2 and 3, 7 to phase 4; phase 1 ≥ 3 days, phase 2 ≥ 5, phase 3 ≥ 14",
  },
  {
    id: "declineRecheck",
    source: "Ardern et al. 2016",
    defaults:
      "a physio's decline keeps the pain-free streak; the gate asks again on the re-check date (default 3 days)",
  },
  {
    id: "readiness",
    source: "Goom et al. 2016",
    defaults: "walk 30 min, 20 calf raises and 10 single-leg squats each side, 10 hops or 30 s; pain ≤ 2/10",
  },
  {
    id: "hamstringTests",
    source: "Freckleton et al. 2014; Hickey et al. 2017",
    defaults: "single-leg bridge ≥ 20 each side, resisted knee flexion pain-free",
  },
  { id: "readinessStint", source: "Goom et al. 2016", defaults: "tests count only since the latest start of phase 3" },
  {
    id: "limbSymmetry",
    source: "Thomeé et al. 2011; Silbernagel et al. 2006",
    defaults:
      "LSI = weaker side / stronger side × 100 for the two-sided tests; below 90 % marked for the physio, not a gate on its own",
  },
  {
    id: "clinicTests",
    source: "Goom et al. 2016",
    defaults:
      "tests the physio measures in the practice count like the runner's, in the current stint in phase 3; on the same day the practice's result counts over the runner's",
  },
  {
    id: "ruleOfThumb",
    source: "Steunebrink 2026 (Hardlopen na een blessure, 19 January 2026)",
    defaults:
      "back at level = phase-4 start + 2 × weeks off; the levels are paced to end on it; a break of N weeks adds ≥ 2 × N weeks",
  },
  {
    id: "physioTarget",
    source: "Fees et al. 1998; Nielsen et al. 2014",
    defaults:
      "a physio's return date paces the levels (spread out or closer, within the limits); one date shown: that date, or the earliest safe date with the reason",
  },
  {
    id: "tissuePace",
    source: "Steunebrink 2026; Silbernagel et al. 2007; Warden et al. 2014",
    defaults:
      "all reports pain-free: muscle (≤ 8 weeks off) back by the rule's date + 7 days, tendon by + 28 days; bone: the whole ladder at ≤ 1 level a week, later with the reason",
  },
  {
    id: "walkRun",
    source: "physioadvisor return-to-running stages",
    defaults: "4 blocks of 5 min, jog 0.5 → 4.5 min, +0.5–1 min per step, a rest day between runs",
  },
  {
    id: "muscleReentry",
    source: "Hickey et al. 2020; Askling et al. 2013",
    defaults:
      "muscle: 1 walk/run level kept per week off beyond the first (≤ 1 week off: continuous running first); tendon and bone: level 1",
  },
  {
    id: "speedStage",
    source: "Mendiguchia et al. 2017; Askling et al. 2013; Hickey et al. 2020",
    defaults:
      "hamstring: strides, then surges to 60, 70, 80, 90 and 100 % effort, one step per level on its counted runs",
  },
  {
    id: "runCounts",
    source: "Fees et al. 1998",
    defaults:
      "a run on a planned day counts at ≥ 90 % of its minutes, finished, pain-free, no soreness; an added run counts for the load only",
  },
  {
    id: "levelPace",
    source: "Fees et al. 1998; Hickey et al. 2020",
    defaults: "≤ 1 level a week (muscle: ≤ 3, as soon as the level's runs count), ≥ 2 counted runs per level",
  },
  {
    id: "soreness",
    source: "Fees et al. 1998",
    defaults: "warm-up pain that stays or returns: 2 days off, 1 level down; warm-up pain that goes: stay",
  },
  {
    id: "nextDaySoreness",
    source: "Fees et al. 1998",
    defaults: "1 day off, the level's runs start again, no step up for 7 days",
  },
  {
    id: "nielsen",
    source: "Nielsen et al. 2014",
    defaults: "weekly running ≤ +30 % over any two weeks, from the re-entry level's week on (not from zero)",
  },
  {
    id: "volumeCaps",
    source: "Nielsen et al. 2014; Steunebrink 2025",
    defaults:
      "no run over the longest pre-injury run, no week over the pre-injury weekly minutes, 1 run a day, 1 full rest day a week, training days only",
  },
  {
    id: "breakInRunning",
    source: "Published return-to-run practice",
    defaults: "after ≥ 7 days without running: 1 level down per 5 days off",
  },
  {
    id: "redFlags",
    source: "DOMAIN §5",
    defaults:
      "night pain, bone tenderness, swelling on 2 reports, limping, numbness, ill or feverish, hot swollen calf, sudden sharp pain or pop",
  },
  {
    id: "redFlagUrgency",
    source: "NICE NG158 2020; Finucane et al. 2020; Warden et al. 2014",
    defaults:
      "same day: hot swollen calf, ill or feverish, sudden sharp pain or pop, numbness; within days: bone tenderness, night pain; next visit: persistent swelling, limping",
  },
  {
    id: "redFlagPause",
    source: "DOMAIN §5",
    defaults: "no running until a clearance, then 1 level lower; a corrected report keeps its flag",
  },
  { id: "painRising", source: "DOMAIN §5", defaults: "pain up 3 reports in a row: hold, physio alerted" },
  {
    id: "painAfter",
    source: "Silbernagel et al. 2007",
    defaults:
      "pain > 5/10 during or after a session, at rest or on waking: 2 rest days, 1 level down, no step up for 7 days, physio alerted",
  },
  {
    id: "tendonPain",
    source: "Silbernagel et al. 2007",
    defaults:
      "pain ≤ 5/10 during and after loading; morning back to the runner's baseline (rest pain asked at onboarding, 0–3); not rising week on week",
  },
  {
    id: "tendonLoading",
    source: "Rio et al. 2015; Beyer et al. 2015",
    defaults: "isometric holds (5 × 45 s) from phase 1, slow heavy loading from phase 2, 3 times a week",
  },
  { id: "boneTolerance", source: "Warden et al. 2014", defaults: "tolerance 0/10, never raised" },
  {
    id: "boneHighRisk",
    source: "Warden et al. 2014",
    defaults:
      "femoral neck (tension side), anterior tibia, medial malleolus, talus, navicular, proximal 5th metatarsal, base of 2nd metatarsal, great-toe sesamoids, patella; unknown site = high: approval at every step, phase 1 ≥ 42 days from the last run or diagnosis (others 14)",
  },
  {
    id: "strengthAndRunning",
    source: "Seeds 000 and 002",
    defaults:
      "heavy strength not on or the day before a run (also across a level change); strength first on a shared day",
  },
  {
    id: "recovery",
    source: "Steunebrink 2025 (Hardlopen en herstel, 3 November 2025)",
    defaults: "resting heart rate ≥ 7 bpm over the 7-day median or < 6 h sleep: an easier day",
  },
];
