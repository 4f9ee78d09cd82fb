import type { ExerciseText } from "./types";

// Self-massage, seed 003: roll the muscles around the sore spot, never hard over the spot itself.
export const foamRoll: ExerciseText[] = [
  {
    id: "roll-calf",
    category: "foam_roll",
    name: { nl: "Kuit rollen", en: "Calf rolling" },
    muscles: ["calves"],
    phases: [2, 3, 4],
    how: {
      nl: "Leg je kuit op de roller en rol 1–2 minuten rustig van knieholte tot halverwege de kuit.",
      en: "Rest your calf on the roller and roll slowly for 1–2 minutes from behind the knee to mid-calf.",
    },
    why: {
      nl: "Maakt de kuitspier los, wat pees en scheen ontlast.",
      en: "Loosens the calf muscle, easing tendon and shin.",
    },
    watch: {
      nl: "Niet over de achillespees of het scheenbeen rollen.",
      en: "Don't roll over the Achilles tendon or the shin bone.",
    },
  },
  {
    id: "roll-quads",
    category: "foam_roll",
    name: { nl: "Bovenbeen rollen", en: "Quad rolling" },
    muscles: ["quads"],
    phases: [2, 3, 4],
    how: {
      nl: "Lig op je buik met de roller onder je dijen en rol van heup tot net boven de knie.",
      en: "Lie face down with the roller under your thighs and roll from hip to just above the knee.",
    },
    why: {
      nl: "Minder spanning in de dij geeft minder trek op de knie.",
      en: "Less thigh tension means less pull on the knee.",
    },
    watch: {
      nl: "Stop boven de knie; rol niet over de knieschijf.",
      en: "Stop above the knee; never roll over the kneecap.",
    },
  },
  {
    id: "roll-outer-thigh",
    category: "foam_roll",
    name: { nl: "Buitenkant dij rollen", en: "Outer thigh rolling" },
    muscles: ["glute_med", "quads"],
    phases: [2, 3, 4],
    how: {
      nl: "Lig op je zij met de roller onder de buitenkant van je dij en rol rustig tussen heup en dij.",
      en: "Lie on your side with the roller under the outer thigh and roll gently between hip and thigh.",
    },
    why: {
      nl: "Ontspant de spieren rond heup en de band langs je dij.",
      en: "Relaxes the muscles around the hip and the band along your thigh.",
    },
    watch: { nl: "Zacht beginnen; dit is vaak gevoelig.", en: "Start gently; this spot is often tender." },
  },
  {
    id: "roll-glutes",
    category: "foam_roll",
    name: { nl: "Bilspieren rollen", en: "Glute rolling" },
    muscles: ["glutes", "glute_med"],
    phases: [2, 3, 4],
    how: {
      nl: "Zit op de roller, leg één enkel op de andere knie en rol over die bil.",
      en: "Sit on the roller, cross one ankle over the other knee and roll that side.",
    },
    why: { nl: "Losse bilspieren helpen heup en hamstrings.", en: "Loose glutes help the hip and hamstrings." },
    watch: { nl: "Rustig rollen; niet op het zitbot.", en: "Roll slowly; stay off the sitting bone." },
  },
  {
    id: "roll-hamstrings",
    category: "foam_roll",
    name: { nl: "Hamstrings rollen", en: "Hamstring rolling" },
    muscles: ["hamstrings"],
    phases: [2, 3, 4],
    how: {
      nl: "Zit met de roller onder je dijen en rol van net boven de knie tot halverwege de dij.",
      en: "Sit with the roller under your thighs and roll from just above the knee to mid-thigh.",
    },
    why: { nl: "Ontspant de achterkant van het been.", en: "Relaxes the back of the thigh." },
    watch: { nl: "Blijf weg van de pijnlijke plek zelf.", en: "Stay away from the sore spot itself." },
  },
];
