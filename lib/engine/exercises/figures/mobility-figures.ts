import type { Figure } from "../figure-types";
import { LEG, pin, pose, reach, say, STAND } from "./kit";

// Ankle alphabet: seated, the near foot off the floor draws letters (the pedal of a bike works the same way).
const SEAT = { x: 60, y: 72 } as const;
const alphabetLeg = reach([SEAT.x, SEAT.y], [100, 84], LEG);

export const mobilityFigures: Record<string, Figure> = {
  "calf-stretch": {
    kind: "body",
    pin: pin("ankleN", 45, 96),
    seconds: 6,
    props: [{ kind: "line", points: [[110, 96], [110, 14]] }],
    poses: [
      pose(130, [[-25, -25, 90], [30, -5, 90]], [[105, 95], [100, 92]], say("Hands on the wall, back leg straight, heel down", "Handen tegen de muur, achterste been gestrekt, hiel op de grond")),
      pose(132, [[-8, -30, 90], [40, -10, 90]], [[100, 92], [96, 90]], say("Then bend the back knee; the heel stays down", "Buig daarna je achterste knie; je hiel blijft op de grond")),
    ],
  },
  "knee-to-wall": {
    kind: "body",
    pin: pin("ankleN", 96, 96),
    props: [{ kind: "line", points: [[112, 96], [112, 14]] }],
    poses: [
      pose(172, [[30, 0, 90], [-16, -8, 70]], [[100, 95], [96, 92]], say("Front foot a hand's width from the wall", "Voorste voet een handbreedte van de muur")),
      pose(168, [[55, 28, 90], [-26, -12, 70]], [[105, 100], [100, 96]], say("Bend the knee to the wall; the heel stays down", "Breng je knie naar de muur; je hiel blijft op de grond")),
    ],
  },
  "ankle-alphabet": {
    kind: "body",
    pin: pin("hip", SEAT.x, SEAT.y),
    cycle: true,
    props: [
      { kind: "rect", x: 40, y: 75, w: 32, h: 4 },
      { kind: "line", points: [[44, 79], [44, 96]] },
      { kind: "line", points: [[68, 79], [68, 96]] },
      { kind: "line", points: [[41, 75], [41, 40]] },
    ],
    poses: [
      pose(182, [[alphabetLeg[0], alphabetLeg[1], 45], [90, 0, 90]], [[30, 80], [26, 76]], say("Sit with one foot off the floor", "Zit met één voet los van de grond")),
      pose(182, [[alphabetLeg[0], alphabetLeg[1], 120], [90, 0, 90]], [[30, 80], [26, 76]], say("Write letters in the air with your toes", "Schrijf letters in de lucht met je tenen")),
      pose(182, [[alphabetLeg[0], alphabetLeg[1], 160], [90, 0, 90]], [[30, 80], [26, 76]], say("Up, down and round: the whole alphabet", "Omhoog, omlaag en rond: het hele alfabet")),
    ],
  },
  "hip-flexor-stretch": {
    kind: "body",
    pin: pin("kneeN", 60, 93),
    seconds: 5,
    poses: [
      pose(180, [[0, -90, -150], [90, 0, 90]], [[-30, 40], [-34, 36]], say("Kneel on one knee, the other foot in front", "Kniel op één knie, de andere voet voor je")),
      pose(180, [[-20, -90, -150], [80, -20, 90]], [[-30, 40], [-34, 36]], say("Tuck your pelvis and shift your hips forward", "Kantel je bekken en schuif je heupen naar voren")),
    ],
  },
  "quad-stretch": {
    kind: "body",
    pin: pin("ankleF", 75, 96),
    seconds: 5,
    poses: [
      pose(180, [[0, 0, 90], STAND], [[4, 8], [30, 60]], say("Stand tall; hold on if you need to", "Sta rechtop; houd je zo nodig vast")),
      pose(180, [[-20, -170, -150], STAND], [[-25, -10], [60, 90]], say("Hold your ankle and bring the heel to your bottom, knees together", "Pak je enkel en breng je hiel naar je bil, knieën naast elkaar")),
    ],
  },
  "hamstring-swing": {
    kind: "body",
    pin: pin("ankleF", 75, 96),
    seconds: 2,
    poses: [
      pose(182, [[-35, -40, 50], STAND], [[40, 60], [-30, -20]], say("Swing the straight leg back", "Zwaai het gestrekte been naar achteren")),
      pose(176, [[55, 55, 140], STAND], [[-30, -20], [40, 60]], say("And forward, a little further each time", "En naar voren, steeds een beetje verder")),
    ],
  },
  // Lying on the back, head to the left.
  "figure-four-stretch": {
    kind: "body",
    pin: pin("hip", 80, 90),
    seconds: 5,
    scale: { thighN: 0.6, shinN: 0.7 },
    poses: [
      pose(-92, [[120, 160, 120], [150, 49, 90]], [[92, 90], [94, 90]], say("On your back, one ankle on the other knee", "Op je rug, één enkel op de andere knie")),
      pose(-92, [[150, 175, 120], [175, 90, 150]], [[150, 120], [146, 116]], say("Pull both legs toward you", "Trek beide benen naar je toe")),
    ],
  },
  // On hands and knees, head to the right.
  "hip-circles": {
    kind: "body",
    pin: pin("kneeF", 70, 93),
    cycle: true,
    poses: [
      pose(103, [[0, -90, -170], [0, -90, -170]], [[0, 0], [2, 0]], say("On hands and knees", "Op handen en knieën"), { head: 96 }),
      pose(103, [[70, -40, -110], [0, -90, -170]], [[0, 0], [2, 0]], say("Draw a big circle with one knee: forward", "Maak een grote cirkel met één knie: naar voren"), { head: 96 }),
      pose(103, [[-60, -120, -160], [0, -90, -170]], [[0, 0], [2, 0]], say("Up, out and back, then the other way round", "Omhoog, opzij en terug, en dan andersom"), { head: 96 }),
    ],
  },
};
