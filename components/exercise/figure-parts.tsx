import type { BodyFigure, BodyPose, FootPose, Prop } from "@/lib/engine";
import {
  blendFoot,
  blendPoses,
  fmt,
  frameSequence,
  GROUND_Y,
  HEAD_R,
  jointsOf,
  polyline,
  type Joints,
} from "./figure-geometry";

// The drawing itself: one <path> per body part whose `d` is animated through precomputed frames
// (SMIL, no JavaScript), so the picture works in a server component, in print and without hydration.

type Frames<T> = T[];

function Animated({ values, seconds, attr }: { values: string[]; seconds: number; attr: string }) {
  if (values.length < 2 || values.every((v) => v === values[0])) return null;
  return <animate attributeName={attr} values={values.join(";")} dur={`${seconds}s`} repeatCount="indefinite" />;
}

function BodyPath({
  frames,
  pick,
  seconds,
  className,
  width,
}: {
  frames: Frames<Joints>;
  pick: (j: Joints) => string;
  seconds: number;
  className?: string;
  width: number;
}) {
  const values = frames.map(pick);
  return (
    <path
      d={values[0]}
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={width}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <Animated values={values} seconds={seconds} attr="d" />
    </path>
  );
}

const leg = (side: "N" | "F") => (j: Joints) =>
  `${polyline([j.hip, j[`knee${side}`], j[`ankle${side}`]])} ${polyline([j[`heel${side}`], j[`toe${side}`]])}`;
const arm = (side: "N" | "F") => (j: Joints) => polyline([j.shoulder, j[`elbow${side}`], j[`hand${side}`]]);

function StaticProp({ prop }: { prop: Prop }) {
  switch (prop.kind) {
    case "rect":
      return (
        <rect
          x={prop.x}
          y={prop.y}
          width={prop.w}
          height={prop.h}
          rx={1.5}
          fill="currentColor"
          fillOpacity={0.12}
          stroke="currentColor"
          strokeOpacity={0.45}
          strokeWidth={1.2}
        />
      );
    case "circle":
      return (
        <circle
          cx={prop.x}
          cy={prop.y}
          r={prop.r}
          fill="currentColor"
          fillOpacity={0.12}
          stroke="currentColor"
          strokeOpacity={0.5}
          strokeWidth={1.2}
        />
      );
    case "line":
      return (
        <path
          d={polyline(prop.points)}
          fill="none"
          stroke="currentColor"
          strokeOpacity={0.5}
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      );
    case "water": {
      const waves = Array.from({ length: 8 }, () => `q5 -3 10 0`).join(" ");
      return (
        <g>
          <rect x={0} y={prop.y} width={160} height={100 - prop.y} fill="currentColor" fillOpacity={0.07} />
          <path
            d={`M0 ${prop.y} ${waves} ${waves}`}
            fill="none"
            stroke="currentColor"
            strokeOpacity={0.45}
            strokeWidth={1.2}
          />
        </g>
      );
    }
    default:
      return null;
  }
}

export function BodyDrawing({
  figure,
  poses,
  seconds,
}: {
  figure: BodyFigure;
  poses: readonly BodyPose[];
  seconds: number;
}) {
  const keyFrames = frameSequence(poses, (a, b, t) => blendPoses(a, b, t, figure.pin), figure.cycle === true);
  const frames = keyFrames.map((p) => jointsOf(p, figure));
  const props = figure.props ?? [];
  return (
    <g>
      {figure.noGround ? null : (
        <line
          x1={4}
          x2={156}
          y1={GROUND_Y + 1.5}
          y2={GROUND_Y + 1.5}
          stroke="currentColor"
          strokeOpacity={0.3}
          strokeWidth={1.2}
        />
      )}
      {props.map((prop, i) => (
        <StaticProp key={i} prop={prop} />
      ))}
      {props.map((prop, i) =>
        prop.kind === "band" ? (
          <BodyPath
            key={`b${i}`}
            frames={frames}
            pick={(j) => polyline([[prop.x, prop.y], j[prop.joint]])}
            seconds={seconds}
            width={1.5}
            className="opacity-60"
          />
        ) : null,
      )}
      <g opacity={0.4}>
        <BodyPath frames={frames} pick={leg("F")} seconds={seconds} width={4.5} />
        <BodyPath frames={frames} pick={arm("F")} seconds={seconds} width={4} />
      </g>
      <BodyPath frames={frames} pick={(j) => polyline([j.hip, j.shoulder, j.neck])} seconds={seconds} width={7} />
      <circle cx={fmt(frames[0]!.head[0])} cy={fmt(frames[0]!.head[1])} r={HEAD_R} fill="currentColor">
        <Animated values={frames.map((j) => fmt(j.head[0]))} seconds={seconds} attr="cx" />
        <Animated values={frames.map((j) => fmt(j.head[1]))} seconds={seconds} attr="cy" />
      </circle>
      <BodyPath frames={frames} pick={leg("N")} seconds={seconds} width={4.5} />
      <BodyPath frames={frames} pick={arm("N")} seconds={seconds} width={4} />
      {props.map((prop, i) =>
        prop.kind === "weight" ? (
          <BodyPath
            key={`w${i}`}
            frames={frames}
            pick={(j) =>
              polyline([
                [j[prop.joint][0] - (prop.w ?? 7) / 2, j[prop.joint][1] + 1.5],
                [j[prop.joint][0] + (prop.w ?? 7) / 2, j[prop.joint][1] + 1.5],
              ])
            }
            seconds={seconds}
            width={prop.w ? 2.5 : 4}
          />
        ) : null,
      )}
    </g>
  );
}

function footShape(p: FootPose) {
  const archY = 80 - 14 * p.arch;
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const big: [number, number] = [118 + 20 * Math.cos(rad(p.bigToe)), 82 - 20 * Math.sin(rad(p.bigToe))];
  const small: [number, number] = [114 + 15 * Math.cos(rad(p.toes)), 81 - 15 * Math.sin(rad(p.toes))];
  return {
    sole: `M30 78 Q34 86 44 86 Q76 ${fmt(archY)} 112 86 L118 82`,
    top: "M38 20 L40 62 Q44 66 60 66 Q96 68 116 78",
    back: "M58 20 L56 50 Q54 60 30 70 L30 78",
    big: polyline([[118, 82], big]),
    small: polyline([[114, 81], small]),
  };
}

export function FootDrawing({ poses, seconds }: { poses: readonly FootPose[]; seconds: number }) {
  const frames = frameSequence(poses, blendFoot).map(footShape);
  const part = (key: keyof ReturnType<typeof footShape>, width: number, opacity = 1) => (
    <path
      d={frames[0]![key]}
      fill="none"
      stroke="currentColor"
      strokeWidth={width}
      strokeLinecap="round"
      strokeLinejoin="round"
      opacity={opacity}
    >
      <Animated values={frames.map((f) => f[key])} seconds={seconds} attr="d" />
    </path>
  );
  return (
    <g>
      <line x1={4} x2={156} y1={88} y2={88} stroke="currentColor" strokeOpacity={0.3} strokeWidth={1.2} />
      {part("top", 3)}
      {part("back", 3)}
      {part("sole", 3)}
      {part("small", 5, 0.45)}
      {part("big", 6)}
    </g>
  );
}
