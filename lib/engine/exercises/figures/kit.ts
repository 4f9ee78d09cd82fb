import type { ArmAngles, BodyPose, JointId, LegAngles, Pin } from "../figure-types";
import type { LocalText } from "../types";

// Small helpers so the pose tables read as data: one pose per line.

export const say = (en: string, nl: string): LocalText => ({ en, nl });
export const pin = (joint: JointId, x: number, y: number): Pin => ({ joint, x, y });

export const STAND: LegAngles = [0, 0, 90];
export const ARMS_DOWN: readonly [ArmAngles, ArmAngles] = [[4, 8], [-4, 2]];

export function pose(
  torso: number,
  legs: readonly [LegAngles, LegAngles],
  arms: readonly [ArmAngles, ArmAngles],
  alt: LocalText,
  extra: { head?: number; pin?: Pin } = {},
): BodyPose {
  return { torso, legs, arms, alt, ...extra };
}

const deg = (rad: number) => (rad * 180) / Math.PI;

/**
 * The two joint angles that put the end of a two-part limb (thigh + shin, upper arm + forearm) on
 * `to`; `bend` +1 puts the middle joint forward (a knee), −1 backward (an elbow behind).
 */
export function reach(from: readonly [number, number], to: readonly [number, number], lengths: readonly [number, number], bend: 1 | -1 = 1): [number, number] {
  const [l1, l2] = lengths;
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const d = Math.min(Math.hypot(dx, dy), l1 + l2 - 0.01);
  const toward = Math.atan2(dx, dy);
  const inner = Math.acos(Math.max(-1, Math.min(1, (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d))));
  const first = toward + bend * inner;
  const mid = [from[0] + Math.sin(first) * l1, from[1] + Math.cos(first) * l1];
  const second = Math.atan2(to[0] - (mid[0] ?? 0), to[1] - (mid[1] ?? 0));
  return [Math.round(deg(first)), Math.round(deg(second))];
}

export const LEG: readonly [number, number] = [21, 21];
export const ARM: readonly [number, number] = [14, 13];
