import { describe, expect, it } from "vitest";
import {
  catchUp,
  next,
  nextItem,
  pause,
  remainingMs,
  resume,
  sessionSteps,
  type Position,
} from "@/lib/client/session-player/steps";

const walkRun = {
  kind: "walk_run" as const,
  minutes: 20,
  walkRun: { blocks: 4, jogMinutes: 0.5, walkMinutes: 4.5 },
  items: [],
};
const strength = {
  kind: "strength" as const,
  minutes: 25,
  walkRun: null,
  items: [
    { exerciseId: "wall-sit", dose: { sets: 2, holdSeconds: 30, restSeconds: 60, load: "body_weight" as const } },
    {
      exerciseId: "clamshell",
      dose: { sets: 2, reps: 15, side: "each" as const, restSeconds: 45, load: "body_weight" as const },
    },
  ],
};
const at = (index: number, startedAt = 0): Position => ({ index, startedAt, pausedAt: null });

describe("the session timeline", () => {
  it("a walk/run session: a brisk-walk warm-up, jog and walk per block, an easy-walk cool-down", () => {
    const steps = sessionSteps(walkRun);
    expect(steps.map((s) => `${s.kind}${s.ms / 1000}`)).toEqual([
      "warmup300",
      "jog30",
      "walk270",
      "jog30",
      "walk270",
      "jog30",
      "walk270",
      "jog30",
      "walk270",
      "cooldown300",
    ]);
  });

  it("a continuous run: warm-up, the run, cool-down", () => {
    const steps = sessionSteps({ kind: "run", minutes: 30, walkRun: null, items: [] });
    expect(steps.map((s) => `${s.kind}${s.ms / 60_000}`)).toEqual(["warmup5", "run30", "cooldown5"]);
  });

  it("sets, sides and rests in order; no rest after the last set", () => {
    const steps = sessionSteps(strength);
    expect(steps.map((s) => `${s.kind}${s.side ? `-${s.side}` : ""}`)).toEqual([
      "hold",
      "rest",
      "hold",
      "reps-left",
      "rest-left",
      "reps-right",
      "rest-right",
      "reps-left",
      "rest-left",
      "reps-right",
    ]);
  });

  it("cross-training keeps only the chosen option", () => {
    const steps = sessionSteps(
      {
        kind: "cross_training",
        minutes: 40,
        walkRun: null,
        items: [
          { exerciseId: "cycling", dose: { minutes: 40, load: "easy_pace" } },
          { exerciseId: "swimming", dose: { minutes: 40, load: "easy_pace" } },
        ],
      },
      1,
    );
    expect(steps).toEqual([{ kind: "timed", item: 1, ms: 2_400_000 }]);
  });

  // Timing from timestamps: a locked screen (no ticks for minutes) ends up exactly where it should.
  it.each([
    [299_000, 0, 1_000],
    [300_000 + 29_000, 1, 1_000],
    [300_000 + 30_000, 2, 270_000],
    [600_000 + 31_000, 4, 269_000],
    [25 * 60_000, 9, 300_000],
    [30 * 60_000, 10, 0],
  ])("after %i ms of walk/run: step %i with %i ms left", (elapsed, index, left) => {
    const steps = sessionSteps(walkRun);
    const { pos } = catchUp(steps, at(0), elapsed);
    expect(pos.index).toBe(index);
    expect(remainingMs(steps, pos, elapsed)).toBe(left);
  });

  it("stops at a set of reps until the runner taps it done", () => {
    const steps = sessionSteps(strength);
    expect(catchUp(steps, at(0), 10 * 60_000).pos.index).toBe(3);
    expect(next(at(3), 700_000)).toEqual(at(4, 700_000));
  });

  it("a pause freezes the clock and resume shifts the start", () => {
    const steps = sessionSteps(walkRun);
    const paused = pause(at(1), 10_000);
    expect(catchUp(steps, paused, 500_000).pos).toBe(paused);
    expect(remainingMs(steps, paused, 500_000)).toBe(20_000);
    const resumed = resume(paused, 500_000);
    expect(remainingMs(steps, resumed, 505_000)).toBe(15_000);
  });

  it("next exercise skips the rest of this one", () => {
    expect(nextItem(sessionSteps(strength), at(1), 5).index).toBe(3);
  });
});
