import type { ExerciseText } from "./types";

// Phase 2 (seed 003): stretching, mobility drills and self-massage of the muscles AROUND the sore
// spot, never rolling hard over the spot itself.
export const mobility: ExerciseText[] = [
  {
    id: "calf-stretch",
    category: "mobility",
    name: { nl: "Kuitstretch tegen de muur", en: "Wall calf stretch" },
    muscles: ["calves"],
    phases: [2, 3, 4],
    how: {
      nl: "Handen tegen de muur, één been naar achteren met de hiel op de grond. Houd 30 seconden; daarna met gebogen knie.",
      en: "Hands on a wall, one leg back with the heel down. Hold 30 seconds; then again with the knee bent.",
    },
    why: {
      nl: "Geeft de kuit meer ruimte, zodat enkel en pees minder trekken.",
      en: "Loosens the calf so ankle and tendon pull less.",
    },
    watch: { nl: "Rek rustig, zonder te veren.", en: "Stretch gently, no bouncing." },
  },
  {
    id: "knee-to-wall",
    category: "mobility",
    name: { nl: "Knie naar de muur", en: "Knee to wall" },
    muscles: ["ankle", "calves"],
    phases: [2, 3, 4],
    how: {
      nl: "Voet een handbreedte van de muur, breng je knie naar de muur zonder dat je hiel loskomt.",
      en: "Foot a hand's width from the wall, bring your knee to the wall without lifting the heel.",
    },
    why: {
      nl: "Verbetert de buiging van je enkel, nodig voor een soepele afwikkeling.",
      en: "Improves ankle bend, needed for a smooth roll-through.",
    },
    watch: { nl: "Knie gaat recht over je tweede teen.", en: "Knee tracks over your second toe." },
  },
  {
    id: "ankle-alphabet",
    category: "mobility",
    name: { nl: "Enkelalfabet", en: "Ankle alphabet" },
    muscles: ["ankle", "foot"],
    phases: [1, 2, 3],
    how: {
      nl: "Zit met je voet los van de grond en schrijf het alfabet in de lucht met je tenen.",
      en: "Sit with your foot off the floor and write the alphabet in the air with your toes.",
    },
    why: { nl: "Houdt de enkel beweeglijk zonder belasting.", en: "Keeps the ankle moving without load." },
    watch: { nl: "Kleine letters als het pijn doet.", en: "Write smaller if it hurts." },
  },
  {
    id: "hip-flexor-stretch",
    category: "mobility",
    name: { nl: "Heupbuigerstretch", en: "Hip flexor stretch" },
    muscles: ["hip_flexors"],
    phases: [2, 3, 4],
    how: {
      nl: "Kniel op één knie, andere voet voor je. Kantel je bekken en schuif je heup naar voren. Houd 30 seconden.",
      en: "Kneel on one knee, other foot in front. Tuck your pelvis and shift your hips forward. Hold 30 seconds.",
    },
    why: {
      nl: "Heupbuigers worden stijf van lopen en zitten; los geven ze je bilspieren meer kans.",
      en: "Running and sitting stiffen the hip flexors; loose ones let your glutes do more.",
    },
    watch: { nl: "Geen holle rug maken.", en: "Don't arch your back." },
  },
  {
    id: "quad-stretch",
    category: "mobility",
    name: { nl: "Bovenbeenstretch", en: "Quad stretch" },
    muscles: ["quads"],
    phases: [2, 3, 4],
    how: {
      nl: "Pak staand je enkel vast en breng je hiel naar je bil. Knieën naast elkaar. Houd 30 seconden.",
      en: "Standing, hold your ankle and bring your heel to your bottom. Knees side by side. Hold 30 seconds.",
    },
    why: {
      nl: "Minder spanning in de voorkant van je dij ontlast de knie.",
      en: "Less tension at the front of the thigh eases the knee.",
    },
    watch: { nl: "Houd je vast als je balans wankel is.", en: "Hold on to something if your balance is shaky." },
  },
  {
    id: "hamstring-swing",
    category: "mobility",
    name: { nl: "Beenzwaaien", en: "Leg swings" },
    muscles: ["hamstrings", "hip_flexors"],
    phases: [2, 3, 4],
    how: {
      nl: "Zwaai een gestrekt been rustig voor en achter, 10–15 keer, steeds iets verder.",
      en: "Swing a straight leg gently forward and back 10–15 times, a little further each time.",
    },
    why: {
      nl: "Maakt hamstrings en heup los zonder ze ver op te rekken.",
      en: "Loosens hamstrings and hip without a deep stretch.",
    },
    watch: { nl: "Gecontroleerd zwaaien, niet gooien.", en: "Swing under control, don't fling." },
  },
  {
    id: "figure-four-stretch",
    category: "mobility",
    name: { nl: "Bilstretch (figuur vier)", en: "Figure-four glute stretch" },
    muscles: ["glutes", "glute_med"],
    phases: [2, 3, 4],
    how: {
      nl: "Lig op je rug, leg je enkel op de andere knie en trek dat been naar je toe. Houd 30 seconden.",
      en: "Lie on your back, cross one ankle over the other knee and pull that leg in. Hold 30 seconds.",
    },
    why: { nl: "Ontspant de bilspieren rond de heup.", en: "Relaxes the glutes around the hip." },
    watch: { nl: "Voel je het in de knie, trek dan minder.", en: "If you feel it in the knee, pull less." },
  },
  {
    id: "hip-circles",
    category: "mobility",
    name: { nl: "Heupcirkels", en: "Hip circles" },
    muscles: ["hip_flexors", "glute_med"],
    phases: [2, 3, 4],
    how: {
      nl: "Op handen en knieën: maak grote, rustige cirkels met één knie, vooruit en achteruit.",
      en: "On hands and knees: draw big slow circles with one knee, forward and back.",
    },
    why: { nl: "Brengt de heup door de hele bewegingsuitslag.", en: "Takes the hip through its full range." },
    watch: { nl: "Houd je romp stil.", en: "Keep your trunk still." },
  },
];
