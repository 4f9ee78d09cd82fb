import type { BodyFigure, BodyPose, FootPose, JointId, Pin } from "@/lib/engine";

// Forward kinematics for the drawn exercise figures: angles in, joint points out, then the pose is
// moved so its pinned joint lands where the figure says (feet stay on the floor, a back on the mat).

export type Point = readonly [number, number];
export type Joints = Record<JointId | "shoulder", Point>;

const LENGTH = {
  torso: 28,
  shoulder: 25,
  neck: 3,
  headR: 6.5,
  thigh: 21,
  shin: 21,
  foot: 8,
  heel: 2.5,
  upperArm: 14,
  forearm: 13,
};
export const HEAD_R = LENGTH.headR;
export const GROUND_Y = 96;

function dir(deg: number): Point {
  const rad = (deg * Math.PI) / 180;
  return [Math.sin(rad), Math.cos(rad)];
}

function step(from: Point, deg: number, length: number): Point {
  const [dx, dy] = dir(deg);
  return [from[0] + dx * length, from[1] + dy * length];
}

export function jointsOf(pose: BodyPose, figure: Pick<BodyFigure, "pin" | "scale">): Joints {
  const scale = figure.scale ?? {};
  const hip: Point = [0, 0];
  const neck = step(hip, pose.torso, LENGTH.torso);
  const shoulder = step(hip, pose.torso, LENGTH.shoulder);
  const head = step(neck, pose.head ?? pose.torso, LENGTH.neck + LENGTH.headR);
  const [legN, legF] = pose.legs;
  const [armN, armF] = pose.arms;
  const kneeN = step(hip, legN[0], LENGTH.thigh * (scale.thighN ?? 1));
  const ankleN = step(kneeN, legN[1], LENGTH.shin * (scale.shinN ?? 1));
  const kneeF = step(hip, legF[0], LENGTH.thigh * (scale.thighF ?? 1));
  const ankleF = step(kneeF, legF[1], LENGTH.shin * (scale.shinF ?? 1));
  const elbowN = step(shoulder, armN[0], LENGTH.upperArm);
  const elbowF = step(shoulder, armF[0], LENGTH.upperArm);
  const joints: Joints = {
    hip,
    neck,
    shoulder,
    head,
    kneeN,
    ankleN,
    toeN: step(ankleN, legN[2], LENGTH.foot),
    heelN: step(ankleN, legN[2] + 180, LENGTH.heel),
    kneeF,
    ankleF,
    toeF: step(ankleF, legF[2], LENGTH.foot),
    heelF: step(ankleF, legF[2] + 180, LENGTH.heel),
    elbowN,
    handN: step(elbowN, armN[1], LENGTH.forearm),
    elbowF,
    handF: step(elbowF, armF[1], LENGTH.forearm),
  };
  const pin: Pin = pose.pin ?? figure.pin;
  const anchor = joints[pin.joint];
  const dx = pin.x - anchor[0];
  const dy = pin.y - anchor[1];
  return Object.fromEntries(Object.entries(joints).map(([id, [x, y]]) => [id, [x + dx, y + dy]])) as unknown as Joints;
}

const mix = (a: number, b: number, t: number) => a + (b - a) * t;

/** A pose part-way from a to b (angles and pin move together, so limbs keep their length). */
export function blendPoses(a: BodyPose, b: BodyPose, t: number, fallbackPin: Pin): BodyPose {
  const pa = a.pin ?? fallbackPin;
  const pb = b.pin ?? fallbackPin;
  const leg = (i: 0 | 1) =>
    [0, 1, 2].map((k) => mix(a.legs[i][k] ?? 0, b.legs[i][k] ?? 0, t)) as unknown as BodyPose["legs"][0];
  const arm = (i: 0 | 1) =>
    [0, 1].map((k) => mix(a.arms[i][k] ?? 0, b.arms[i][k] ?? 0, t)) as unknown as BodyPose["arms"][0];
  return {
    torso: mix(a.torso, b.torso, t),
    head: mix(a.head ?? a.torso, b.head ?? b.torso, t),
    legs: [leg(0), leg(1)],
    arms: [arm(0), arm(1)],
    pin: { joint: pa.joint, x: mix(pa.x, pb.x, t), y: mix(pa.y, pb.y, t) },
    alt: t < 0.5 ? a.alt : b.alt,
  };
}

export function blendFoot(a: FootPose, b: FootPose, t: number): FootPose {
  return {
    arch: mix(a.arch, b.arch, t),
    bigToe: mix(a.bigToe, b.bigToe, t),
    toes: mix(a.toes, b.toes, t),
    alt: t < 0.5 ? a.alt : b.alt,
  };
}

const STEPS = 8;
const HOLD = 3;

/**
 * The frame sequence for a smooth loop: each key pose is held a moment, then eased into the next.
 * Ping-pong (A → B → A) unless `cycle` (gaits and pedalling run A → B → C → A).
 */
export function frameSequence<P>(poses: readonly P[], blend: (a: P, b: P, t: number) => P, cycle = false): P[] {
  if (poses.length < 2) return [...poses];
  const order = cycle ? [...poses, poses[0] as P] : [...poses, ...poses.slice(0, -1).reverse()];
  const frames: P[] = [];
  for (let i = 0; i < order.length - 1; i++) {
    const a = order[i] as P;
    const b = order[i + 1] as P;
    if (!cycle) for (let h = 0; h < HOLD; h++) frames.push(a);
    for (let s = 0; s < STEPS; s++) {
      const t = s / STEPS;
      frames.push(blend(a, b, cycle ? t : t * t * (3 - 2 * t)));
    }
  }
  frames.push(order.at(-1) as P);
  return frames;
}

export const fmt = (n: number) => (Math.round(n * 10) / 10).toString();
export const polyline = (points: readonly Point[]) =>
  points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${fmt(x)} ${fmt(y)}`).join(" ");

/** The top of the picture: room above the highest head or hand of any key pose (a step lifts the figure). */
export function figureTop(figure: BodyFigure): number {
  const ys = figure.poses.flatMap((p) => {
    const j = jointsOf(p, figure);
    return [j.head[1] - HEAD_R, j.handN[1], j.handF[1], j.toeN[1], j.toeF[1]];
  });
  return Math.min(0, Math.floor(Math.min(...ys) - 5));
}
