import type { ExerciseText } from "./types";

// The basic strength table of seed 000: squat, deadlift, lunge, step-up, hip thrust, calf raise,
// plank and side plank, each with why it helps runners and what to watch for.
export const strengthBasics: ExerciseText[] = [
  {
    id: "squat",
    category: "strength",
    name: { nl: "Squat", en: "Squat" },
    muscles: ["quads", "glutes", "hamstrings", "core"],
    phases: [3, 4],
    how: {
      nl: "Voeten op heupbreedte. Zak door je knieën en heupen alsof je gaat zitten, en kom rustig weer omhoog.",
      en: "Feet hip-width apart. Bend knees and hips as if sitting down, then stand up again under control.",
    },
    why: {
      nl: "Bouwt de basiskracht van benen en heupen op die elke pas opvangt.",
      en: "Builds the basic leg and hip strength that absorbs every stride.",
    },
    watch: {
      nl: "Laat je knieën in de richting van je tenen wijzen.",
      en: "Keep your knees pointing the same way as your toes.",
    },
  },
  {
    id: "deadlift",
    category: "strength",
    name: { nl: "Deadlift (Roemeens)", en: "Romanian deadlift" },
    muscles: ["hamstrings", "glutes", "core"],
    phases: [3, 4],
    how: {
      nl: "Sta rechtop met een gewicht voor je benen. Buig vanuit de heupen voorover met licht gebogen knieën en kom terug.",
      en: "Stand tall holding a weight in front of your legs. Hinge forward at the hips, knees soft, and come back up.",
    },
    why: {
      nl: "Maakt hamstrings en onderrug sterk voor een krachtige heupstrekking.",
      en: "Strengthens hamstrings and lower back for a strong hip drive.",
    },
    watch: {
      nl: "Houd je rug recht en laat het gewicht langzaam zakken.",
      en: "Keep your back straight and lower the weight slowly.",
    },
  },
  {
    id: "lunge",
    category: "strength",
    name: { nl: "Lunge", en: "Lunge" },
    muscles: ["quads", "glutes", "glute_med"],
    phases: [3, 4],
    how: {
      nl: "Zet een grote stap naar voren, zak met je achterste knie richting de vloer en duw je terug.",
      en: "Take a long step forward, lower your back knee toward the floor and push back up.",
    },
    why: {
      nl: "Traint heupstabiliteit en balans op één been, zoals bij hardlopen.",
      en: "Trains hip stability and balance on one leg, just like running.",
    },
    watch: {
      nl: "Maak de stap groot genoeg zodat je voorste knie boven je enkel blijft.",
      en: "Make the step long enough that your front knee stays above your ankle.",
    },
  },
  {
    id: "step-up",
    category: "strength",
    name: { nl: "Step-up", en: "Step-up" },
    muscles: ["quads", "glutes", "calves"],
    phases: [3, 4],
    how: {
      nl: "Zet één voet op een stevige bank of trede en stap op door dat been te strekken. Stap rustig terug.",
      en: "Place one foot on a sturdy box or step and stand up by straightening that leg. Step down slowly.",
    },
    why: {
      nl: "Geeft meer kracht in de afzet.",
      en: "Gives you a stronger push-off.",
    },
    watch: {
      nl: "Duw vanuit je hiel omhoog, niet vanaf je tenen.",
      en: "Drive up through your heel, not your toes.",
    },
  },
  {
    id: "hip-thrust",
    category: "strength",
    name: { nl: "Hip thrust", en: "Hip thrust" },
    muscles: ["glutes", "hamstrings"],
    phases: [3, 4],
    how: {
      nl: "Leun met je bovenrug tegen een bank, voeten plat. Duw je heupen omhoog tot je lichaam recht is en zak weer.",
      en: "Rest your upper back on a bench, feet flat. Push your hips up until your body is straight, then lower.",
    },
    why: {
      nl: "Sterke bilspieren geven een stabielere pas.",
      en: "Strong glutes give a steadier stride.",
    },
    watch: {
      nl: "Kin licht naar je borst, ribben omlaag: geen holle rug.",
      en: "Chin slightly tucked, ribs down: don't arch your lower back.",
    },
  },
  {
    id: "calf-raise",
    category: "strength",
    name: { nl: "Kuitheffen", en: "Calf raise" },
    muscles: ["calves", "ankle"],
    phases: [3, 4],
    how: {
      nl: "Sta op de rand van een trede. Kom op je tenen en zak langzaam tot je hiel onder de trede is. Eerst twee benen, later één.",
      en: "Stand on the edge of a step. Rise onto your toes and lower slowly until your heel drops below the step. Two legs first, then one.",
    },
    why: {
      nl: "Sterkere kuiten geven minder kuit- en achillesklachten.",
      en: "Stronger calves mean fewer calf and Achilles problems.",
    },
    watch: {
      nl: "Gebruik de hele beweging: hiel helemaal omlaag en helemaal omhoog.",
      en: "Use the full range: heel all the way down and all the way up.",
    },
  },
  {
    id: "plank",
    category: "strength",
    name: { nl: "Plank", en: "Plank" },
    muscles: ["core", "upper_body"],
    phases: [2, 3, 4],
    how: {
      nl: "Steun op je onderarmen en tenen en houd je lichaam als een rechte plank.",
      en: "Rest on your forearms and toes and hold your body in a straight line.",
    },
    why: {
      nl: "Een stevige romp vangt elke landing beter op.",
      en: "A firm trunk handles every landing better.",
    },
    watch: {
      nl: "Laat je onderrug niet doorhangen.",
      en: "Don't let your lower back sag.",
    },
  },
  {
    id: "side-plank",
    category: "strength",
    name: { nl: "Zijplank", en: "Side plank" },
    muscles: ["core", "glute_med"],
    phases: [2, 3, 4],
    how: {
      nl: "Lig op je zij, steun op je onderarm en til je heupen op tot je lichaam recht is.",
      en: "Lie on your side, prop yourself on one forearm and lift your hips until your body is straight.",
    },
    why: {
      nl: "Houdt je bekken stabiel als je op één been landt.",
      en: "Keeps your pelvis level when you land on one leg.",
    },
    watch: {
      nl: "Heupen omhoog houden, niet laten zakken.",
      en: "Keep your hips up, don't let them drop.",
    },
  },
];
