import type { CrossTrainingOption } from "../check-in";
import type { ExerciseText } from "./types";

type CrossTraining = ExerciseText & { id: CrossTrainingOption };

const cardio = { muscles: ["heart_lungs"] as ExerciseText["muscles"], phases: [1, 2, 3, 4] as ExerciseText["phases"] };

// Phase 1 (seed 003): keep heart and lungs fit with pain-free alternatives; Runna replaces each run
// by cross-training of the same duration.
export const crossTraining: CrossTraining[] = [
  {
    id: "cycling",
    category: "cross_training",
    name: { nl: "Fietsen", en: "Cycling" },
    ...cardio,
    how: {
      nl: "Fiets in een rustig, gelijkmatig tempo, buiten of op een hometrainer.",
      en: "Ride at an easy, steady pace, outdoors or on a bike trainer.",
    },
    why: {
      nl: "Traint je conditie zonder de klappen van het lopen.",
      en: "Trains your fitness without the impact of running.",
    },
    watch: {
      nl: "Zadel op goede hoogte; stop als de blessure opspeelt.",
      en: "Set the saddle at the right height; stop if the injury flares.",
    },
  },
  {
    id: "swimming",
    category: "cross_training",
    name: { nl: "Zwemmen", en: "Swimming" },
    ...cardio,
    how: {
      nl: "Zwem baantjes in een tempo dat je lang volhoudt.",
      en: "Swim lengths at a pace you can keep up for a long time.",
    },
    why: { nl: "Volledig zonder gewicht op je benen.", en: "No weight on your legs at all." },
    watch: {
      nl: "Schoolslag kan knie of heup belasten; kies dan borstcrawl.",
      en: "Breaststroke kicks can load knee or hip; choose front crawl then.",
    },
  },
  {
    id: "walking",
    category: "cross_training",
    name: { nl: "Wandelen", en: "Walking" },
    ...cardio,
    how: { nl: "Wandel stevig door op een vlakke route.", en: "Walk briskly on a flat route." },
    why: {
      nl: "Houdt pezen en botten gewend aan lichte belasting.",
      en: "Keeps tendons and bones used to light loading.",
    },
    watch: { nl: "Alleen als het pijnvrij gaat.", en: "Only when it is pain-free." },
  },
  {
    id: "aqua-jogging",
    category: "cross_training",
    name: { nl: "Aquajoggen", en: "Aqua jogging" },
    ...cardio,
    how: {
      nl: "Maak de hardloopbeweging in diep water, met een drijfgordel.",
      en: "Make the running movement in deep water, wearing a float belt.",
    },
    why: { nl: "Lijkt het meest op hardlopen, zonder landingen.", en: "Closest to running, with no landings." },
    watch: { nl: "Rechtop blijven, niet voorover hangen.", en: "Stay upright, don't lean forward." },
  },
  {
    id: "cross-trainer",
    category: "cross_training",
    name: { nl: "Crosstrainer", en: "Cross-trainer" },
    ...cardio,
    how: {
      nl: "Train op de crosstrainer in een rustig tempo met lage weerstand.",
      en: "Use the cross-trainer at an easy pace with low resistance.",
    },
    why: { nl: "Loopachtige beweging met weinig impact.", en: "A running-like movement with little impact." },
    watch: { nl: "Voeten plat op de pedalen houden.", en: "Keep your feet flat on the pedals." },
  },
  {
    id: "anti-gravity-treadmill",
    category: "cross_training",
    name: { nl: "Anti-zwaartekrachtloopband (Alter-G)", en: "Anti-gravity treadmill (Alter-G)" },
    ...cardio,
    how: {
      nl: "Loop op een loopband die een deel van je lichaamsgewicht draagt, vaak bij een fysiotherapeut.",
      en: "Run on a treadmill that carries part of your body weight, often at a physio practice.",
    },
    why: { nl: "Je kunt al lopen met minder belasting.", en: "Lets you run with less load." },
    watch: { nl: "Alleen met advies van je fysiotherapeut.", en: "Only with your physio's advice." },
  },
  {
    id: "skating",
    category: "cross_training",
    name: { nl: "Schaatsen", en: "Skating" },
    ...cardio,
    how: { nl: "Schaats rustige rondjes in een lage zit.", en: "Skate easy laps in a low position." },
    why: {
      nl: "Goede winterse conditietraining met weinig impact.",
      en: "Good winter fitness training with little impact.",
    },
    watch: { nl: "Valrisico: niet bij een onzekere enkel.", en: "Risk of falling: not with an unsteady ankle." },
  },
  {
    id: "cross-country-skiing",
    category: "cross_training",
    name: { nl: "Langlaufen", en: "Cross-country skiing" },
    ...cardio,
    how: { nl: "Langlauf in een rustig, gelijkmatig tempo.", en: "Ski at an easy, steady pace." },
    why: {
      nl: "Traint hele lichaam en conditie zonder klappen.",
      en: "Works the whole body and fitness without impact.",
    },
    watch: { nl: "Let op gladde afdalingen.", en: "Mind icy downhills." },
  },
];
