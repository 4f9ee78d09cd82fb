import type { Figure } from "../figure-types";
import { pin, pose, say, STAND } from "./kit";

// Side view, facing right, unless a comment says otherwise. Far-side limbs are drawn lighter.
export const strengthFigures: Record<string, Figure> = {
  squat: {
    kind: "body",
    pin: pin("ankleN", 72, 96),
    poses: [
      pose(180, [STAND, [2, 0, 90]], [[8, 14], [4, 10]], say("Stand with your feet hip-width apart", "Sta met je voeten op heupbreedte")),
      pose(140, [[82, -28, 90], [84, -26, 90]], [[95, 92], [90, 88]], say("Sit back until your thighs are nearly level", "Zak tot je bovenbenen bijna horizontaal zijn")),
    ],
  },
  deadlift: {
    kind: "body",
    pin: pin("ankleN", 70, 96),
    props: [{ kind: "weight", joint: "handN", w: 14 }],
    poses: [
      pose(180, [STAND, [2, 0, 90]], [[2, 0], [0, 0]], say("Stand tall, the weight in front of your legs", "Sta rechtop met het gewicht voor je benen")),
      pose(100, [[18, -6, 90], [20, -5, 90]], [[2, 0], [0, 0]], say("Hinge forward at the hips, back straight", "Buig voorover vanuit je heupen met een rechte rug"), { head: 106 }),
    ],
  },
  lunge: {
    kind: "body",
    pin: pin("ankleN", 100, 96),
    poses: [
      pose(180, [[15, 0, 90], [-20, -24, 65]], [[4, 6], [-4, 2]], say("Stand tall with one foot forward", "Sta rechtop met één voet naar voren")),
      pose(180, [[85, 0, 90], [-15, -108, 20]], [[4, 6], [-4, 2]], say("Lower your back knee toward the floor", "Zak met je achterste knie richting de vloer")),
    ],
  },
  "step-up": {
    kind: "body",
    pin: pin("ankleN", 104, 80),
    props: [{ kind: "rect", x: 96, y: 80, w: 40, h: 16 }],
    poses: [
      pose(165, [[70, -20, 90], [0, 0, 90]], [[-10, 0], [12, 24]], say("One foot on the step", "Eén voet op de trede")),
      pose(180, [STAND, [40, -20, 80]], [[10, 24], [-10, 0]], say("Stand up on that leg", "Kom omhoog op dat been")),
    ],
  },
  "hip-thrust": {
    kind: "body",
    pin: pin("ankleN", 106, 96),
    props: [{ kind: "rect", x: 40, y: 79, w: 26, h: 17 }],
    poses: [
      pose(-120, [[125, 0, 90], [127, 0, 90]], [[-90, -90], [-92, -92]], say("Upper back on the bench, hips low", "Bovenrug op de bank, heupen laag"), { head: -110 }),
      pose(-90, [[90, 0, 90], [92, 0, 90]], [[-90, -90], [-92, -92]], say("Push your hips up until your body is straight", "Duw je heupen omhoog tot je lichaam recht is"), { head: -90 }),
    ],
  },
  "calf-raise": {
    kind: "body",
    pin: pin("toeN", 88, 82),
    props: [{ kind: "rect", x: 84, y: 82, w: 50, h: 14 }],
    poses: [
      pose(180, [[0, 0, 112], [2, 0, 112]], [[4, 8], [-4, 2]], say("Stand on the edge of a step, heels below it", "Sta op de rand van een trede, hielen eronder")),
      pose(180, [[0, 0, 48], [2, 0, 48]], [[4, 8], [-4, 2]], say("Rise high onto your toes", "Kom hoog op je tenen")),
    ],
  },
  // Plank: head to the right, face down.
  plank: {
    kind: "body",
    pin: pin("elbowN", 96, 93),
    seconds: 4,
    poses: [
      pose(100, [[-50, -90, -120], [-52, -90, -120]], [[0, 90], [2, 90]], say("Start on your forearms and knees", "Begin op je onderarmen en knieën"), { head: 96 }),
      pose(99, [[-81, -81, 30], [-82, -82, 30]], [[0, 90], [2, 90]], say("Lift your knees: one straight line from head to heels", "Til je knieën op: één rechte lijn van hoofd tot hielen"), { head: 96 }),
    ],
  },
  // Side plank: seen from the front, lying on one side, head to the right.
  "side-plank": {
    kind: "body",
    pin: pin("elbowN", 96, 93),
    seconds: 4,
    poses: [
      pose(124, [[-90, -90, 10], [-88, -88, 10]], [[0, 90], [110, 120]], say("On your side, on one forearm", "Op je zij, steunend op één onderarm")),
      pose(99, [[-81, -81, 10], [-80, -80, 10]], [[0, 90], [178, 180]], say("Lift your hips until your body is straight", "Til je heupen op tot je lichaam recht is")),
    ],
  },
  // Bridges: lying on the back, head to the left.
  "glute-bridge": {
    kind: "body",
    pin: pin("ankleN", 118, 95),
    poses: [
      pose(-92, [[150, 49, 90], [152, 49, 90]], [[92, 90], [94, 90]], say("Lie on your back, knees bent, feet flat", "Lig op je rug, knieën gebogen, voeten plat")),
      pose(-73, [[107, 10, 90], [109, 10, 90]], [[100, 90], [100, 90]], say("Push your hips up into a straight line", "Duw je heupen omhoog tot een rechte lijn"), { head: -82 }),
    ],
  },
  "hamstring-bridge": {
    kind: "body",
    pin: pin("ankleN", 114, 74),
    props: [{ kind: "rect", x: 106, y: 77, w: 34, h: 19 }],
    poses: [
      pose(-92, [[118, 110, 170], [120, 110, 170]], [[92, 90], [94, 90]], say("Heels on a bench, hips on the floor", "Hielen op een bank, heupen op de grond")),
      pose(-75, [[105, 105, 170], [106, 106, 170]], [[100, 90], [100, 90]], say("Push your hips up until your body is straight", "Duw je heupen omhoog tot je lichaam recht is"), { head: -84 }),
    ],
  },
  "spanish-squat": {
    kind: "body",
    pin: pin("ankleN", 72, 96),
    props: [
      { kind: "line", points: [[140, 96], [140, 40]] },
      { kind: "band", x: 140, y: 72, joint: "kneeN" },
    ],
    poses: [
      pose(180, [STAND, [2, 0, 90]], [[80, 85], [76, 80]], say("A band behind your knees, tied to a post in front", "Een band achter je knieën, vast aan een paal voor je")),
      pose(168, [[80, 0, 90], [82, 0, 90]], [[92, 92], [88, 88]], say("Lean back into the band and sit down, shins upright", "Leun achterover in de band en zak, scheenbenen rechtop")),
    ],
  },
  "wall-sit": {
    kind: "body",
    pin: pin("ankleN", 95, 96),
    seconds: 5,
    props: [{ kind: "line", points: [[69, 96], [69, 18]] }],
    poses: [
      pose(180, [[30, 30, 90], [32, 30, 90]], [[4, 8], [-4, 2]], say("Back against the wall, feet forward", "Rug tegen de muur, voeten naar voren")),
      pose(180, [[90, 0, 90], [92, 0, 90]], [[30, 70], [26, 66]], say("Slide down until your knees are about square, and hold", "Zak tot je knieën ongeveer haaks zijn en houd vast")),
    ],
  },
  // Clamshell and side-lying lifts: seen from the front, lying on one side, head to the left.
  clamshell: {
    kind: "body",
    pin: pin("hip", 72, 88),
    scale: { thighN: 0.75, thighF: 0.75, shinN: 0.9, shinF: 0.9 },
    poses: [
      pose(-95, [[98, 84, 20], [94, 86, 20]], [[90, 100], [-140, 170]], say("Lie on your side, knees bent, feet together", "Lig op je zij, knieën gebogen, voeten tegen elkaar"), { head: -105 }),
      pose(-95, [[158, 48, 20], [94, 86, 20]], [[90, 100], [-140, 170]], say("Open the top knee; feet stay together", "Open je bovenste knie; voeten blijven tegen elkaar"), { head: -105 }),
    ],
  },
  "side-lying-hip-abduction": {
    kind: "body",
    pin: pin("hip", 70, 88),
    poses: [
      pose(-95, [[92, 92, 40], [120, 40, 60]], [[60, 80], [-140, 170]], say("Lie on your side, bottom knee bent", "Lig op je zij, onderste knie gebogen"), { head: -105 }),
      pose(-95, [[122, 122, 60], [120, 40, 60]], [[60, 80], [-140, 170]], say("Lift the straight top leg a little up and back", "Til het gestrekte bovenste been iets omhoog en naar achteren"), { head: -105 }),
    ],
  },
  "nordic-curl": {
    kind: "body",
    pin: pin("kneeN", 70, 93),
    seconds: 5,
    props: [{ kind: "rect", x: 43, y: 86, w: 10, h: 5 }],
    poses: [
      pose(180, [[0, -90, -30], [2, -90, -30]], [[30, 150], [26, 146]], say("Kneel tall, ankles held down", "Kniel rechtop met je enkels vastgezet")),
      pose(130, [[-50, -90, -30], [-48, -90, -30]], [[80, 70], [76, 66]], say("Lower forward as slowly as you can, hands ready to catch you", "Zak zo langzaam mogelijk voorover, handen klaar om je op te vangen"), { head: 125 }),
    ],
  },
  "single-leg-squat": {
    kind: "body",
    pin: pin("ankleN", 75, 96),
    poses: [
      pose(180, [STAND, [30, 0, 90]], [[10, 20], [-10, 10]], say("Stand on one leg", "Sta op één been")),
      pose(150, [[70, -30, 90], [80, 60, 100]], [[90, 90], [86, 86]], say("Bend the knee under control, knee over your foot", "Zak gecontroleerd door je knie, knie boven je voet")),
    ],
  },
};
