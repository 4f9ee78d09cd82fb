import type { ExerciseText } from "./types";

// Hamstring readiness tests before running (phase 3): single-leg bridge reps (Freckleton et al. 2014)
// and resisted knee flexion without pain (Hickey et al. 2017), alongside Goom's four.
export const muscleReadinessTests: ExerciseText[] = [
  {
    id: "test-single-leg-bridge",
    category: "readiness_test",
    name: { nl: "Test: brug op één been", en: "Test: single-leg bridge" },
    muscles: ["hamstrings", "glutes"],
    phases: [3],
    how: {
      nl: "Lig op je rug, één hiel op een stoel of bank, knie licht gebogen. Duw je heup omhoog en zak weer, zo vaak als lukt. Links en rechts; noteer het aantal en de pijn.",
      en: "Lie on your back, one heel on a chair or bench, knee slightly bent. Push your hips up and lower again, as many times as you can. Left and right; note the count and the pain.",
    },
    why: {
      nl: "Laat zien of je hamstring weer genoeg uithoudingsvermogen heeft: 20 keer per kant is het doel.",
      en: "Shows whether your hamstring has its endurance back: 20 a side is the goal.",
    },
    watch: {
      nl: "Stop bij een trekkend of stekend gevoel achter in je bovenbeen.",
      en: "Stop at a pulling or stabbing feeling at the back of your thigh.",
    },
  },
  {
    id: "test-knee-flexion",
    category: "readiness_test",
    name: { nl: "Test: knie buigen tegen weerstand", en: "Test: knee bend against resistance" },
    muscles: ["hamstrings"],
    phases: [3],
    how: {
      nl: "Lig op je buik. Iemand houdt je enkel vast terwijl jij je knie probeert te buigen: 5 seconden vol aanspannen, drie keer. Noteer de pijn.",
      en: "Lie on your front. Someone holds your ankle while you try to bend your knee: push hard for 5 seconds, three times. Note the pain.",
    },
    why: {
      nl: "Een hamstring die vol aanspannen zonder pijn verdraagt, is klaar voor de eerste loopjes.",
      en: "A hamstring that takes a full push without pain is ready for the first runs.",
    },
    watch: {
      nl: "Geen pijn is het doel; voel je pijn, dan is het nog te vroeg.",
      en: "No pain is the goal; if it hurts, it is too early.",
    },
  },
];
