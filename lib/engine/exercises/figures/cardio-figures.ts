import type { BodyFigure, Figure, Prop } from "../figure-types";
import { ARM, LEG, pin, pose, reach, say } from "./kit";
import { lowerLegFigures } from "./lower-leg-figures";
import { strengthFigures } from "./strength-figures";

// Cross-training, foam rolling and the running tests. Side view, facing right.

const HIP = [72, 47] as const;
const CRANK = [80, 80] as const;
const pedal = (deg: number) => [CRANK[0] + 9 * Math.sin((deg * Math.PI) / 180), CRANK[1] + 9 * Math.cos((deg * Math.PI) / 180)] as const;
const pedalLeg = (deg: number) => {
  const [thigh, shin] = reach(HIP, pedal(deg), LEG);
  return [thigh, shin, 95] as const;
};
const bikeArm = reach([HIP[0] + 20, HIP[1] - 15], [106, 50], ARM, -1);
const bike: Prop[] = [
  { kind: "circle", x: 44, y: 83, r: 13 },
  { kind: "circle", x: 118, y: 83, r: 13 },
  { kind: "line", points: [[44, 83], [80, 80], [106, 56], [106, 48], [112, 50]] },
  { kind: "line", points: [[66, 52], [80, 80]] },
  { kind: "line", points: [[68, 56], [104, 58]] },
  { kind: "line", points: [[62, 51], [76, 51]] },
  { kind: "line", points: [[106, 56], [118, 83]] },
];

const walk = (alts: [ReturnType<typeof say>, ReturnType<typeof say>]): BodyFigure => ({
  kind: "body",
  pin: pin("hip", 80, 55.5),
  cycle: true,
  seconds: 1.4,
  poses: [
    pose(178, [[22, 8, 100], [-20, -32, 60]], [[-24, -10], [24, 44]], alts[0]),
    pose(178, [[-20, -32, 60], [22, 8, 100]], [[24, 44], [-24, -10]], alts[1]),
  ],
});

const run = (hip: readonly [number, number]) => [
  (alt: ReturnType<typeof say>) => pose(168, [[40, -10, 100], [-25, -95, -20]], [[-40, 60], [40, 120]], alt, { pin: pin("hip", hip[0], hip[1]) }),
  (alt: ReturnType<typeof say>) => pose(168, [[-25, -95, -20], [40, -10, 100]], [[40, 120], [-40, 60]], alt, { pin: pin("hip", hip[0], hip[1]) }),
] as const;

const ROLLER = (x: number): Prop => ({ kind: "circle", x, y: 90, r: 6 });

// Sitting on the floor, legs straight over a roller, hands behind: the body slides over the roller.
const seatedRoll = (rollerX: number, hips: [number, number], alts: [ReturnType<typeof say>, ReturnType<typeof say>]): BodyFigure => ({
  kind: "body",
  pin: pin("hip", hips[0], 83),
  seconds: 4,
  props: [ROLLER(rollerX)],
  poses: alts.map((alt, i) => pose(-140, [[90, 90, 150], [92, 91, 150]], [[-10, -20], [-14, -22]], alt, { pin: pin("hip", hips[i] ?? hips[0], 83) })),
});

const [runA, runB] = run([80, 52]);
const [aquaA, aquaB] = run([80, 52]);

export const cardioFigures: Record<string, Figure> = {
  cycling: {
    kind: "body",
    pin: pin("hip", HIP[0], HIP[1]),
    cycle: true,
    seconds: 1.5,
    props: bike,
    poses: [0, 120, 240].map((deg, i) =>
      pose(125, [pedalLeg(deg), pedalLeg(deg + 180)], [bikeArm, bikeArm],
        [say("Pedal at an easy, steady pace", "Trap in een rustig, gelijkmatig tempo"), say("Knees in line with your feet", "Knieën in lijn met je voeten"), say("Saddle high enough for a slight knee bend at the bottom", "Zadel zo hoog dat je knie onderaan licht gebogen is")][i] ?? say("", ""), { head: 115 }),
    ),
  },
  swimming: {
    kind: "body",
    pin: pin("hip", 70, 46),
    noGround: true,
    seconds: 2.5,
    props: [{ kind: "water", y: 40 }],
    poses: [
      pose(90, [[-84, -84, -100], [-96, -96, -80]], [[90, 90], [-80, -80]], say("Long body, face in the water", "Lang lichaam, gezicht in het water"), { head: 96 }),
      pose(90, [[-96, -96, -80], [-84, -84, -100]], [[10, -20], [150, 100]], say("Reach forward and pull back, one arm at a time", "Reik naar voren en trek terug, steeds één arm"), { head: 96 }),
    ],
  },
  walking: walk([say("Walk briskly, heel first", "Wandel stevig door, hiel eerst"), say("Let your arms swing along", "Laat je armen meezwaaien")]),
  "aqua-jogging": {
    kind: "body",
    pin: pin("hip", 80, 52),
    noGround: true,
    cycle: true,
    seconds: 1.6,
    props: [{ kind: "water", y: 34 }, { kind: "rect", x: 72, y: 44, w: 16, h: 7 }],
    poses: [aquaA(say("Upright in deep water, a float belt round your waist", "Rechtop in diep water, een drijfgordel om je middel")), aquaB(say("Make the running movement; your feet never touch the bottom", "Maak de loopbeweging; je voeten raken de bodem niet"))],
  },
  "cross-trainer": {
    kind: "body",
    pin: pin("hip", 78, 44),
    cycle: true,
    seconds: 1.6,
    props: [
      { kind: "rect", x: 40, y: 91, w: 84, h: 5 },
      { kind: "line", points: [[112, 91], [104, 30]] },
      { kind: "line", points: [[50, 91], [60, 84], [100, 84]] },
    ],
    poses: [
      pose(176, [reach([78, 44], [92, 84], LEG).concat(90) as unknown as [number, number, number], reach([78, 44], [66, 84], LEG).concat(90) as unknown as [number, number, number]], [reach([78, 20], [102, 38], ARM, -1), reach([78, 20], [96, 42], ARM, -1)], say("Hold the handles, feet flat on the pedals", "Houd de handgrepen vast, voeten plat op de pedalen")),
      pose(176, [reach([78, 44], [66, 84], LEG).concat(90) as unknown as [number, number, number], reach([78, 44], [92, 84], LEG).concat(90) as unknown as [number, number, number]], [reach([78, 20], [96, 42], ARM, -1), reach([78, 20], [102, 38], ARM, -1)], say("Push and pull in an easy rhythm", "Duw en trek in een rustig ritme")),
    ],
  },
  "anti-gravity-treadmill": {
    kind: "body",
    pin: pin("hip", 80, 52),
    cycle: true,
    seconds: 1.2,
    props: [{ kind: "rect", x: 34, y: 91, w: 96, h: 5 }, { kind: "rect", x: 48, y: 46, w: 66, h: 45 }],
    poses: [runA(say("Run on a treadmill inside an air chamber", "Loop op een loopband in een luchtkamer")), runB(say("It carries part of your weight: every landing is lighter", "Die draagt een deel van je gewicht: elke landing is lichter"))],
  },
  skating: {
    kind: "body",
    pin: pin("hip", 78, 62),
    seconds: 2,
    props: [{ kind: "weight", joint: "ankleN", w: 16 }, { kind: "weight", joint: "ankleF", w: 16 }],
    poses: [
      pose(112, [[62, -30, 90], [-40, -45, 90]], [[-100, -80], [-104, -84]], say("A low position, leaning forward", "Een lage zit, voorover leunend"), { head: 100 }),
      pose(112, [[-40, -45, 90], [62, -30, 90]], [[-100, -80], [-104, -84]], say("Push off to the side, one leg at a time", "Zet af naar opzij, steeds met één been"), { head: 100 }),
    ],
  },
  "cross-country-skiing": {
    kind: "body",
    pin: pin("hip", 80, 55),
    cycle: true,
    seconds: 1.8,
    props: [
      { kind: "weight", joint: "ankleN", w: 34 },
      { kind: "weight", joint: "ankleF", w: 34 },
      { kind: "band", x: 60, y: 96, joint: "handN" },
      { kind: "band", x: 100, y: 96, joint: "handF" },
    ],
    poses: [
      pose(165, [[25, 0, 90], [-25, -25, 90]], [[-40, -20], [50, 40]], say("Stride forward and glide on one ski", "Zet een pas en glij op één ski")),
      pose(165, [[-25, -25, 90], [25, 0, 90]], [[50, 40], [-40, -20]], say("Push off with the opposite pole", "Zet af met de stok aan de andere kant")),
    ],
  },
  "roll-calf": seatedRoll(100, [56, 66], [say("Sit with your calf on the roller, hands behind you", "Zit met je kuit op de roller, handen achter je"), say("Roll slowly from behind the knee to mid-calf", "Rol rustig van knieholte tot halverwege de kuit")]),
  "roll-hamstrings": seatedRoll(86, [58, 70], [say("Sit with the roller under your thighs, hands behind you", "Zit met de roller onder je dijen, handen achter je"), say("Roll from just above the knee to mid-thigh", "Rol van net boven de knie tot halverwege je dij")]),
  // Face down on the forearms, head to the right: the body slides over the roller.
  "roll-quads": {
    kind: "body",
    pin: pin("elbowN", 100, 93),
    seconds: 4,
    props: [ROLLER(64)],
    poses: [
      pose(99, [[-84, -84, 20], [-85, -85, 20]], [[0, 90], [2, 90]], say("Face down on your forearms, roller under your thighs", "Op je buik op je onderarmen, roller onder je dijen"), { head: 96, pin: pin("elbowN", 100, 93) }),
      pose(99, [[-84, -84, 20], [-85, -85, 20]], [[0, 90], [2, 90]], say("Roll from the hip to just above the knee", "Rol van je heup tot net boven de knie"), { head: 96, pin: pin("elbowN", 114, 93) }),
    ],
  },
  // On one side, seen from the front, head to the right; the top leg crosses in front.
  "roll-outer-thigh": {
    kind: "body",
    pin: pin("elbowN", 100, 93),
    seconds: 4,
    props: [ROLLER(64)],
    poses: [
      pose(99, [[-84, -84, 20], [-40, 10, 90]], [[0, 90], [60, 30]], say("On your side, roller under the outer thigh", "Op je zij, roller onder de buitenkant van je dij"), { pin: pin("elbowN", 100, 93) }),
      pose(99, [[-84, -84, 20], [-40, 10, 90]], [[0, 90], [60, 30]], say("Roll gently between hip and knee", "Rol rustig tussen heup en knie"), { pin: pin("elbowN", 112, 93) }),
    ],
  },
  "roll-glutes": {
    kind: "body",
    pin: pin("hip", 70, 80),
    seconds: 4,
    scale: { thighF: 0.7 },
    props: [ROLLER(70)],
    poses: [
      pose(-160, [[115, 10, 90], [110, 150, 100]], [[-35, -15], [-38, -18]], say("Sit on the roller, one ankle on the other knee", "Zit op de roller, één enkel op de andere knie"), { pin: pin("hip", 66, 80) }),
      pose(-160, [[115, 10, 90], [110, 150, 100]], [[-35, -15], [-38, -18]], say("Lean toward that side and roll slowly", "Leun naar die kant en rol rustig"), { pin: pin("hip", 74, 80) }),
    ],
  },
  "test-brisk-walk": walk([say("Walk briskly for 30 minutes", "Wandel 30 minuten stevig door"), say("Note your pain during and after", "Let op je pijn tijdens en na afloop")]),
  "test-calf-raise": {
    ...(lowerLegFigures["isometric-calf-hold"] as BodyFigure),
    seconds: 1.6,
    poses: [
      pose(180, [[0, 0, 90], [12, -70, 0]], [[70, 78], [66, 74]], say("On one leg, a hand on the wall", "Op één been, hand tegen de muur")),
      pose(180, [[0, 0, 45], [12, -70, 0]], [[72, 80], [68, 76]], say("Rise as high as you can, 20 times", "Kom zo hoog mogelijk op je tenen, 20 keer")),
    ],
  },
  "test-single-leg-squat": strengthFigures["single-leg-squat"] as Figure,
  // Hamstring tests (h9a's readiness-tests-muscle.ts): a bridge on one heel, and a knee bend held back by a helper.
  "test-single-leg-bridge": {
    kind: "body",
    pin: pin("ankleN", 114, 74),
    props: [{ kind: "rect", x: 106, y: 77, w: 34, h: 19 }],
    poses: [
      pose(-92, [[118, 110, 170], [150, 150, 240]], [[92, 90], [94, 90]], say("One heel on a bench, the other leg up", "Eén hiel op een bank, het andere been omhoog")),
      pose(-75, [[105, 105, 170], [112, 112, 200]], [[100, 90], [100, 90]], say("Push your hips up and down, as often as you can", "Duw je heupen omhoog en weer omlaag, zo vaak als lukt"), { head: -84 }),
    ],
  },
  "test-knee-flexion": {
    kind: "body",
    pin: pin("hip", 84, 90),
    props: [{ kind: "rect", x: 20, y: 94, w: 124, h: 2 }],
    poses: [
      pose(90, [[-90, -90, 0], [-91, -91, 0]], [[150, -60], [150, -60]], say("Lie on your front, a helper holds your ankle", "Lig op je buik, iemand houdt je enkel vast"), { head: 95 }),
      pose(90, [[-90, 150, 240], [-91, -91, 0]], [[150, -60], [150, -60]], say("Try to bend your knee: push hard for 5 seconds", "Probeer je knie te buigen: 5 seconden vol aanspannen"), { head: 95 }),
    ],
  },
  "test-hop": {
    kind: "body",
    pin: pin("toeN", 82, 96),
    seconds: 1,
    poses: [
      pose(174, [[20, -15, 55], [20, -80, -10]], [[-20, 60], [30, 90]], say("Land softly on the injured leg", "Land zacht op het geblesseerde been"), { pin: pin("toeN", 82, 96) }),
      pose(178, [[2, 0, 35], [20, -80, -10]], [[20, 90], [-20, 60]], say("Hop up again, 10 to 15 times", "Hup weer omhoog, 10 tot 15 keer"), { pin: pin("toeN", 82, 84) }),
    ],
  },
};
