import type { Figure } from "../figure-types";
import { pin, pose, say, STAND } from "./kit";

const WALL_RIGHT = { kind: "line", points: [[108, 96], [108, 14]] } as const;

export const lowerLegFigures: Record<string, Figure> = {
  "isometric-calf-hold": {
    kind: "body",
    pin: pin("toeN", 86, 96),
    seconds: 5,
    props: [WALL_RIGHT],
    poses: [
      pose(180, [STAND, [2, 0, 90]], [[70, 78], [66, 74]], say("A hand on the wall, feet flat", "Hand tegen de muur, voeten plat")),
      pose(180, [[0, 0, 45], [2, 0, 45]], [[72, 80], [68, 76]], say("Rise onto your toes and hold still", "Kom op je tenen en houd het stil vast")),
    ],
  },
  "heel-drop": {
    kind: "body",
    pin: pin("toeN", 88, 82),
    seconds: 5,
    props: [{ kind: "rect", x: 84, y: 82, w: 50, h: 14 }],
    poses: [
      pose(180, [[0, 0, 48], [2, 0, 48]], [[4, 8], [-4, 2]], say("Up on your toes on the step, both feet", "Op je tenen op de trede, op twee voeten")),
      pose(180, [[0, 0, 112], [12, -70, 0]], [[4, 8], [-4, 2]], say("Lift the good foot; lower the heel slowly, over 3 seconds", "Haal de gezonde voet weg; laat je hiel in 3 tellen zakken")),
    ],
  },
  "bent-knee-heel-drop": {
    kind: "body",
    pin: pin("toeN", 88, 82),
    seconds: 5,
    props: [{ kind: "rect", x: 84, y: 82, w: 50, h: 14 }],
    poses: [
      pose(172, [[30, -22, 50], [32, -22, 50]], [[4, 8], [-4, 2]], say("Knees slightly bent, up on your toes", "Knieën licht gebogen, op je tenen")),
      pose(172, [[30, -22, 115], [20, -75, 0]], [[4, 8], [-4, 2]], say("Keep the knee bent and lower the heel slowly", "Houd de knie gebogen en laat de hiel langzaam zakken")),
    ],
  },
  "tibialis-raise": {
    kind: "body",
    pin: pin("heelN", 76, 96),
    props: [{ kind: "line", points: [[58, 96], [58, 14]] }],
    poses: [
      pose(183, [[20, 20, 90], [22, 20, 90]], [[2, 4], [-2, 2]], say("Lean your back on the wall, heels in front", "Leun met je rug tegen de muur, hielen een stukje naar voren")),
      pose(183, [[20, 20, 128], [22, 20, 128]], [[2, 4], [-2, 2]], say("Pull your toes up toward your shins", "Trek je tenen op richting je schenen")),
    ],
  },
  "toe-yoga": {
    kind: "foot",
    poses: [
      { arch: 0.5, bigToe: 38, toes: 0, alt: say("Lift only your big toe", "Til alleen je grote teen op") },
      { arch: 0.5, bigToe: 0, toes: 32, alt: say("Now lift the other toes; the big toe stays down", "Til nu de andere tenen op; je grote teen blijft liggen") },
    ],
  },
  "short-foot": {
    kind: "foot",
    seconds: 4,
    poses: [
      { arch: 0.2, bigToe: 0, toes: 0, alt: say("Foot relaxed on the floor", "Voet ontspannen op de grond") },
      { arch: 1, bigToe: 0, toes: 0, alt: say("Draw the ball of the foot toward the heel: the arch rises, toes stay long", "Trek de bal van je voet naar je hiel: je voetboog komt omhoog, tenen blijven lang") },
    ],
  },
  "single-leg-balance": {
    kind: "body",
    pin: pin("ankleN", 80, 96),
    seconds: 4,
    poses: [
      pose(180, [STAND, [2, 0, 90]], [[8, 14], [-8, -4]], say("Stand tall", "Sta rechtop")),
      pose(180, [STAND, [80, 0, 80]], [[40, 50], [-40, -50]], say("Lift one foot and hold your balance", "Til één voet op en houd je balans")),
    ],
  },
  "pogo-hops": {
    kind: "body",
    pin: pin("toeN", 82, 96),
    seconds: 0.9,
    poses: [
      pose(176, [[8, -8, 45], [10, -8, 45]], [[20, 60], [14, 54]], say("Land softly on the balls of your feet", "Land zacht op de bal van je voeten"), { pin: pin("toeN", 82, 96) }),
      pose(178, [[0, 0, 30], [2, 0, 30]], [[20, 60], [14, 54]], say("Spring up quickly, knees almost straight", "Veer snel omhoog, knieën bijna gestrekt"), { pin: pin("toeN", 82, 86) }),
    ],
  },
};
