import type { LocalText } from "./local-text";

// Pictures are data: a stick figure seen from the side (facing right) in key poses, or a close-up
// of a foot. Angles are absolute degrees: 0 points down, 90 forward (right), 180 up, -90 back.

/** [thigh, shin, foot] for a leg, [upper arm, forearm] for an arm. */
export type LegAngles = readonly [number, number, number];
export type ArmAngles = readonly [number, number];

export type JointId =
  | "hip"
  | "neck"
  | "head"
  | "kneeN"
  | "ankleN"
  | "toeN"
  | "heelN"
  | "kneeF"
  | "ankleF"
  | "toeF"
  | "heelF"
  | "elbowN"
  | "handN"
  | "elbowF"
  | "handF";

/** Which body point sits where (viewBox 0 0 160 100, ground at y = 96); the rest hangs from it. */
export interface Pin {
  joint: JointId;
  x: number;
  y: number;
}

export interface BodyPose {
  torso: number;
  head?: number;
  /** Near leg, far leg. */
  legs: readonly [LegAngles, LegAngles];
  /** Near arm, far arm. */
  arms: readonly [ArmAngles, ArmAngles];
  /** Where this pose is pinned when it differs from the figure's pin. */
  pin?: Pin;
  alt: LocalText;
}

/** Things around the figure, drawn lighter: a step, a wall, a roller, water, a band to a joint. */
export type Prop =
  | { kind: "rect"; x: number; y: number; w: number; h: number }
  | { kind: "circle"; x: number; y: number; r: number }
  | { kind: "line"; points: readonly (readonly [number, number])[] }
  | { kind: "water"; y: number }
  | { kind: "band"; x: number; y: number; joint: JointId }
  | { kind: "weight"; joint: JointId; w?: number };

export interface BodyFigure {
  kind: "body";
  pin: Pin;
  poses: readonly BodyPose[];
  props?: readonly Prop[];
  /** Foreshortened segments (a leg pointing at the viewer looks shorter), by segment name. */
  scale?: Partial<Record<"thighN" | "shinN" | "thighF" | "shinF", number>>;
  /** No floor line (swimming, aqua jogging). */
  noGround?: boolean;
  /** Seconds for one pass through the poses and back. */
  seconds?: number;
  /** Gaits and pedalling loop A → B → C → A instead of going there and back. */
  cycle?: boolean;
}

/** A foot from the inside: arch height 0–1, big toe and other toes lifted in degrees. */
export interface FootPose {
  arch: number;
  bigToe: number;
  toes: number;
  alt: LocalText;
}

interface FootFigure {
  kind: "foot";
  poses: readonly FootPose[];
  seconds?: number;
}

export type Figure = BodyFigure | FootFigure;
