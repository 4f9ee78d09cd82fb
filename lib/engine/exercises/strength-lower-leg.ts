import type { ExerciseText } from "./types";

// Injury-specific work below the knee: Achilles, calf, shin, foot and ankle (published rehab practice).
export const strengthLowerLeg: ExerciseText[] = [
  {
    id: "isometric-calf-hold",
    category: "strength",
    name: { nl: "Kuit vasthouden (isometrisch)", en: "Isometric calf hold" },
    muscles: ["calves", "ankle"],
    phases: [3],
    how: {
      nl: "Kom op je tenen en blijf daar 30–45 seconden staan. Houd je vast aan een muur.",
      en: "Rise onto your toes and hold for 30–45 seconds. Keep a hand on a wall.",
    },
    why: {
      nl: "Belast de pees zonder beweging; vaak minder pijnlijk om mee te beginnen.",
      en: "Loads the tendon without movement; often a gentle way to start.",
    },
    watch: { nl: "Pijn mag niet oplopen tijdens het vasthouden.", en: "Pain should not build while you hold." },
  },
  {
    id: "heel-drop",
    category: "strength",
    name: { nl: "Hiel laten zakken (excentrisch)", en: "Eccentric heel drop" },
    muscles: ["calves", "ankle"],
    phases: [3, 4],
    how: {
      nl: "Kom met twee voeten op je tenen op een trede, haal de gezonde voet weg en laat de hiel langzaam zakken.",
      en: "Rise on a step with both feet, take the good foot off and lower the heel slowly.",
    },
    why: {
      nl: "Maakt achillespees en kuit sterker en beter bestand tegen belasting.",
      en: "Makes the Achilles tendon and calf stronger and more load-tolerant.",
    },
    watch: {
      nl: "Zak in drie tellen en kom met twee voeten weer omhoog.",
      en: "Lower over three seconds and go back up on both feet.",
    },
  },
  {
    id: "bent-knee-heel-drop",
    category: "strength",
    name: { nl: "Hiel laten zakken met gebogen knie", en: "Bent-knee heel drop" },
    muscles: ["calves"],
    phases: [3, 4],
    how: {
      nl: "Als de gewone hiel-zakoefening, maar met de knie licht gebogen.",
      en: "Like the heel drop, but with the knee slightly bent.",
    },
    why: {
      nl: "Richt zich op de diepe kuitspier (soleus), die veel van de landing opvangt.",
      en: "Targets the deep calf muscle (soleus), which takes much of each landing.",
    },
    watch: {
      nl: "Houd de kniebuiging gelijk tijdens de hele beweging.",
      en: "Keep the same knee bend all the way through.",
    },
  },
  {
    id: "tibialis-raise",
    category: "strength",
    name: { nl: "Tenen optrekken tegen de muur", en: "Tibialis raise" },
    muscles: ["shin", "ankle"],
    phases: [3, 4],
    how: {
      nl: "Leun met je rug tegen een muur, hielen een voet ervoor. Trek je tenen op en laat ze rustig zakken.",
      en: "Lean your back on a wall, heels a foot in front. Pull your toes up and lower them slowly.",
    },
    why: {
      nl: "Sterkere scheenspieren remmen elke landing beter af.",
      en: "Stronger shin muscles brake each landing better.",
    },
    watch: { nl: "Stop als de pijn op het scheenbeen zelf zit.", en: "Stop if the pain sits on the shin bone itself." },
  },
  {
    id: "toe-yoga",
    category: "strength",
    name: { nl: "Teenyoga", en: "Toe yoga" },
    muscles: ["foot"],
    phases: [2, 3],
    how: {
      nl: "Til je grote teen op terwijl de andere tenen blijven liggen, en andersom.",
      en: "Lift your big toe while the other toes stay down, then swap.",
    },
    why: {
      nl: "Traint de kleine voetspieren die je voetboog steunen.",
      en: "Trains the small foot muscles that support your arch.",
    },
    watch: {
      nl: "Rustig en gecontroleerd; het gaat om de controle, niet om kracht.",
      en: "Slow and controlled; it is about control, not force.",
    },
  },
  {
    id: "short-foot",
    category: "strength",
    name: { nl: "Korte voet", en: "Short foot" },
    muscles: ["foot"],
    phases: [2, 3, 4],
    how: {
      nl: "Trek je voetboog op door de bal van je voet naar je hiel te trekken, zonder je tenen te krommen.",
      en: "Lift your arch by drawing the ball of the foot toward the heel, without curling your toes.",
    },
    why: {
      nl: "Geeft je voet een stevigere basis bij elke landing.",
      en: "Gives your foot a firmer base on every landing.",
    },
    watch: { nl: "Tenen blijven lang en ontspannen.", en: "Keep your toes long and relaxed." },
  },
  {
    id: "single-leg-balance",
    category: "strength",
    name: { nl: "Balans op één been", en: "Single-leg balance" },
    muscles: ["ankle", "foot", "glute_med"],
    phases: [2, 3, 4],
    how: {
      nl: "Sta 30–60 seconden op één been. Makkelijk? Doe je ogen dicht of sta op een kussen.",
      en: "Stand on one leg for 30–60 seconds. Too easy? Close your eyes or stand on a cushion.",
    },
    why: {
      nl: "Traint de reflexen rond enkel en voet die je bij elke pas nodig hebt.",
      en: "Trains the ankle and foot reflexes you use on every stride.",
    },
    watch: { nl: "Zorg dat je je ergens aan kunt vastgrijpen.", en: "Stay close to something you can hold on to." },
  },
  {
    id: "pogo-hops",
    category: "strength",
    name: { nl: "Pogosprongetjes", en: "Pogo hops" },
    muscles: ["calves", "ankle", "foot"],
    phases: [3, 4],
    how: {
      nl: "Spring licht en snel op de bal van je voeten, eerst op twee benen, later op één.",
      en: "Bounce lightly and quickly on the balls of your feet, two legs first, later one.",
    },
    why: {
      nl: "Hardloopspecifiek: went pees en kuit weer aan veerkracht en landen.",
      en: "Running-specific: gets tendon and calf used to spring and landing again.",
    },
    watch: {
      nl: "Alleen zonder pijn; kort contact met de grond.",
      en: "Only when pain-free; keep ground contact short.",
    },
  },
];
