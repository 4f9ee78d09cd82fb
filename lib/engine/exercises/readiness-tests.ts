import type { ExerciseText } from "./types";

// Goom's readiness-to-run tests (DOMAIN §3): each must be done with pain ≤ 2/10 (or the plan's tolerance).
export const readinessTests: ExerciseText[] = [
  {
    id: "test-brisk-walk",
    category: "readiness_test",
    name: { nl: "Test: 30 minuten stevig wandelen", en: "Test: 30-minute brisk walk" },
    muscles: ["calves", "quads", "glutes"],
    phases: [3],
    how: {
      nl: "Wandel 30 minuten stevig door en noteer je pijn tijdens en na afloop.",
      en: "Walk briskly for 30 minutes and note your pain during and after.",
    },
    why: {
      nl: "Wandelen is de eerste stap: lukt dit pijnvrij, dan kan er meer.",
      en: "Walking comes first: if this is pain-free, more can follow.",
    },
    watch: {
      nl: "Pijn hoger dan toegestaan? Dan is het nog te vroeg.",
      en: "Pain above your limit? Then it is too early.",
    },
  },
  {
    id: "test-calf-raise",
    category: "readiness_test",
    name: { nl: "Test: 20 keer kuitheffen op één been", en: "Test: 20 single-leg calf raises" },
    muscles: ["calves"],
    phases: [3],
    how: {
      nl: "Kom 20 keer op je tenen op één been, links en rechts. Noteer het aantal en de pijn.",
      en: "Rise onto your toes 20 times on one leg, left and right. Note the count and the pain.",
    },
    why: {
      nl: "Bij elke pas vangt je kuit een veelvoud van je gewicht op.",
      en: "Your calf takes several times your body weight on every stride.",
    },
    watch: { nl: "Volledige beweging, geen halve herhalingen.", en: "Full range, no half reps." },
  },
  {
    id: "test-single-leg-squat",
    category: "readiness_test",
    name: { nl: "Test: 10 squats op één been", en: "Test: 10 single-leg squats" },
    muscles: ["quads", "glutes", "glute_med"],
    phases: [3],
    how: {
      nl: "Doe 10 gecontroleerde squats op elk been. Noteer het aantal en de pijn.",
      en: "Do 10 controlled squats on each leg. Note the count and the pain.",
    },
    why: {
      nl: "Laat zien of heup en knie de landing op één been aankunnen.",
      en: "Shows whether hip and knee can handle landing on one leg.",
    },
    watch: { nl: "Knie blijft boven je voet.", en: "Knee stays over your foot." },
  },
  {
    id: "test-hop",
    category: "readiness_test",
    name: { nl: "Test: huppen op de plaats", en: "Test: hopping on the spot" },
    muscles: ["calves", "ankle", "foot"],
    phases: [3],
    how: {
      nl: "Hup 10–15 keer (of 30 seconden) op het geblesseerde been. Noteer het aantal of de tijd en de pijn.",
      en: "Hop 10–15 times (or for 30 seconds) on the injured leg. Note the count or time and the pain.",
    },
    why: {
      nl: "Hardlopen is eigenlijk steeds van het ene been op het andere springen.",
      en: "Running is a series of hops from one leg to the other.",
    },
    watch: { nl: "Zacht landen; stop bij scherpe pijn.", en: "Land softly; stop at sharp pain." },
  },
];
