import type { ExerciseText } from "./types";

// Injury-specific work for knee, hamstring and hip (seed 001: quads, glutes, hamstring balance, glute medius).
export const strengthHipKnee: ExerciseText[] = [
  {
    id: "glute-bridge",
    category: "strength",
    name: { nl: "Bilbrug", en: "Glute bridge" },
    muscles: ["glutes", "hamstrings", "core"],
    phases: [2, 3, 4],
    how: {
      nl: "Lig op je rug met gebogen knieën, duw je heupen omhoog en zak langzaam terug.",
      en: "Lie on your back, knees bent, push your hips up and lower slowly.",
    },
    why: {
      nl: "Een lichte start voor bilspieren die je pas stabiel houden.",
      en: "A light start for the glutes that keep your stride steady.",
    },
    watch: { nl: "Knijp je billen aan, niet je onderrug.", en: "Squeeze your glutes, not your lower back." },
  },
  {
    id: "spanish-squat",
    category: "strength",
    name: { nl: "Spaanse squat", en: "Spanish squat" },
    muscles: ["quads"],
    phases: [3, 4],
    how: {
      nl: "Band achter je knieën, vast aan een paal. Leun achterover in de band en zak in een squat; houd 30–45 seconden.",
      en: "Band behind your knees, tied to a post. Lean back into it and sit into a squat; hold 30–45 seconds.",
    },
    why: {
      nl: "Laadt de dijspieren zwaar met weinig druk op de knieschijf.",
      en: "Loads the thigh muscles hard with little pressure on the kneecap.",
    },
    watch: {
      nl: "Scheenbenen rechtop; pijn mag niet toenemen.",
      en: "Keep your shins upright; pain should not build.",
    },
  },
  {
    id: "wall-sit",
    category: "strength",
    name: { nl: "Muurzit", en: "Wall sit" },
    muscles: ["quads", "glutes"],
    phases: [3, 4],
    how: {
      nl: "Zak met je rug tegen de muur tot je knieën ongeveer haaks zijn en houd 30–45 seconden vast.",
      en: "Slide down a wall until your knees are about square and hold 30–45 seconds.",
    },
    why: {
      nl: "Statische kracht voor de dijspieren, vaak goed te doen bij kniepijn.",
      en: "Static thigh strength, often well tolerated with knee pain.",
    },
    watch: { nl: "Zak minder diep als je knie gaat zeuren.", en: "Sit higher if your knee starts to ache." },
  },
  {
    id: "clamshell",
    category: "strength",
    name: { nl: "Clamshell", en: "Clamshell" },
    muscles: ["glute_med"],
    phases: [2, 3, 4],
    how: {
      nl: "Lig op je zij met gebogen knieën, voeten tegen elkaar. Open je bovenste knie als een schelp en sluit langzaam.",
      en: "Lie on your side, knees bent, feet together. Open the top knee like a shell and close slowly.",
    },
    why: {
      nl: "Maakt de kleine bilspier sterk die je bekken recht houdt.",
      en: "Strengthens the small glute that keeps your pelvis level.",
    },
    watch: { nl: "Rol niet met je bekken naar achteren.", en: "Don't let your pelvis roll backward." },
  },
  {
    id: "side-lying-hip-abduction",
    category: "strength",
    name: { nl: "Been heffen in zijlig", en: "Side-lying hip abduction" },
    muscles: ["glute_med"],
    phases: [3, 4],
    how: {
      nl: "Lig op je zij, onderste knie gebogen. Til je bovenste, gestrekte been iets naar achteren omhoog.",
      en: "Lie on your side, bottom knee bent. Lift the straight top leg up and slightly back.",
    },
    why: {
      nl: "Richt zich op de gluteus medius, belangrijk bij heup- en knieklachten.",
      en: "Targets glute medius, key in hip and knee complaints.",
    },
    watch: { nl: "Tenen wijzen naar voren, niet naar het plafond.", en: "Toes point forward, not to the ceiling." },
  },
  {
    id: "hamstring-bridge",
    category: "strength",
    name: { nl: "Hamstringbrug", en: "Hamstring bridge" },
    muscles: ["hamstrings", "glutes"],
    phases: [3, 4],
    how: {
      nl: "Lig op je rug, hielen op een bank of stoel. Duw je heupen omhoog en zak langzaam; later op één been.",
      en: "Lie on your back, heels on a bench or chair. Push your hips up and lower slowly; later on one leg.",
    },
    why: {
      nl: "Maakt de hamstrings sterk in de lengte waarin ze bij hardlopen werken.",
      en: "Strengthens the hamstrings at the length they work at in running.",
    },
    watch: {
      nl: "Stop bij een trekkend of stekend gevoel achter in je been.",
      en: "Stop if you feel pulling or stabbing at the back of your thigh.",
    },
  },
  {
    id: "nordic-curl",
    category: "strength",
    name: { nl: "Nordic hamstring curl", en: "Nordic hamstring curl" },
    muscles: ["hamstrings"],
    phases: [4],
    how: {
      nl: "Kniel met je enkels vastgezet. Laat je bovenlijf zo langzaam mogelijk voorover zakken en vang je op met je handen.",
      en: "Kneel with your ankles held down. Lower your body forward as slowly as you can and catch yourself with your hands.",
    },
    why: {
      nl: "Zware excentrische hamstringtraining; verkleint de kans op een nieuwe verrekking.",
      en: "Heavy eccentric hamstring work; lowers the risk of a new strain.",
    },
    watch: {
      nl: "Pas laat in het herstel en alleen in kleine aantallen.",
      en: "Only late in recovery and in small numbers.",
    },
  },
  {
    id: "single-leg-squat",
    category: "strength",
    name: { nl: "Squat op één been", en: "Single-leg squat" },
    muscles: ["quads", "glutes", "glute_med"],
    phases: [3, 4],
    how: {
      nl: "Sta op één been en zak gecontroleerd door je knie, eventueel naar een stoel.",
      en: "Stand on one leg and bend the knee under control, onto a chair if needed.",
    },
    why: {
      nl: "Hardloopspecifiek: je landt bij elke pas op één been.",
      en: "Running-specific: every stride lands on one leg.",
    },
    watch: {
      nl: "Knie blijft boven je voet en zakt niet naar binnen.",
      en: "Keep the knee over your foot, not caving inward.",
    },
  },
];
