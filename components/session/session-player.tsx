"use client";

import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { SpeedWorkNote } from "@/components/runner/speed-work";
import { Button } from "@/components/ui/button";
import type { Session } from "@/lib/engine";
import { Link } from "@/lib/i18n/navigation";
import { prefillQuery } from "@/lib/client/session-player/prefill";
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
import { signalSwitch, unlockSound, usePlayerMode, useWakeLock } from "./feedback";
import { formatClock } from "./format-time";
import { stepLabel } from "./step-label";
import { PlayerDock } from "./player-dock";
import { StepPanel, type RunCues } from "./step-panel";
import type { PlayerItem } from "./player-item";

export type { PlayerItem };

type Props = {
  session: Pick<Session, "kind" | "minutes" | "walkRun" | "items" | "speed">;
  title: string;
  items: PlayerItem[];
  /** A run day: its parts, effort and pain limit before the start (RunDayGuide), and the cues while running. */
  guide?: ReactNode;
  cues?: RunCues;
};

// One session on the phone: an exercise at a time with its picture and dose, sets, holds and rests
// timed, or the walk/run intervals, each switch announced by sound, vibration and a live region.
export function SessionPlayer({ session, title, items, guide, cues }: Props) {
  const t = useTranslations("session");
  const root = useTranslations();
  const [chosen, setChosen] = useState(0);
  const steps = useMemo(() => sessionSteps(session, chosen), [session, chosen]);
  const [pos, setPos] = useState<Position | null>(null);
  const posRef = useRef<Position | null>(null);
  const [startedAt, setStartedAt] = useState(0);
  const [stoppedAt, setStoppedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [announcement, setAnnouncement] = useState("");

  const finished = pos !== null && (pos.index >= steps.length || stoppedAt !== null);
  const running = pos !== null && !finished;
  usePlayerMode(running);
  useWakeLock(running && pos?.pausedAt == null);

  const moveTo = (moved: Position) => {
    const before = posRef.current;
    posRef.current = moved;
    setPos(moved);
    if (before && moved.index === before.index) return;
    const step = steps[moved.index];
    if (step) {
      setAnnouncement(t("now", { what: stepLabel(step, t, items) }));
      signalSwitch(step.kind === "jog" || step.kind === "run" ? 2 : 1);
    } else signalSwitch(3);
  };
  const moveRef = useRef(moveTo);
  useEffect(() => {
    moveRef.current = moveTo;
  });

  // One ticker while the session runs; the position comes from timestamps, so a tick missed while
  // the screen was locked costs nothing: the next one (or the return to the tab) catches up.
  useEffect(() => {
    if (!running) return;
    const tick = () => {
      const time = Date.now();
      setNow(time);
      const current = posRef.current;
      if (!current) return;
      const { pos: moved, passed } = catchUp(steps, current, time);
      if (passed > 0) moveRef.current(moved);
    };
    tick();
    const timer = setInterval(tick, 250);
    document.addEventListener("visibilitychange", tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [running, steps]);

  const act = (move: (p: Position, time: number) => Position) => {
    const current = posRef.current;
    if (!current) return;
    const time = Date.now();
    setNow(time);
    moveTo(move(current, time));
  };

  const start = () => {
    unlockSound();
    const time = Date.now();
    setStartedAt(time);
    setNow(time);
    posRef.current = null;
    moveTo({ index: 0, startedAt: time, pausedAt: null });
  };

  if (finished) {
    const completed = stoppedAt === null;
    const minutes = completed ? session.minutes : Math.round(((stoppedAt ?? now) - startedAt) / 60_000);
    return (
      <section
        aria-labelledby="done-title"
        className="space-y-4 rounded-xl border border-brand-100 bg-white p-5 text-center shadow-sm"
      >
        <h2 id="done-title" className="text-2xl font-bold text-brand-900">
          {t("finishedTitle")}
        </h2>
        <p>{completed ? t("finishedLead") : t("stoppedLead")}</p>
        <Link
          href={`/check-in?${prefillQuery({ kind: session.kind, minutes, completed })}`}
          className="inline-flex min-h-14 w-full items-center justify-center rounded-lg bg-brand-700 px-5 text-lg font-semibold text-white hover:bg-brand-900"
        >
          {t("toCheckIn")}
        </Link>
      </section>
    );
  }

  const step = pos ? steps[pos.index] : undefined;
  const paused = pos?.pausedAt != null;
  const left = pos ? remainingMs(steps, pos, now) : 0;

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      <p role="status" aria-live="assertive" className="sr-only">
        {announcement}
      </p>
      {pos === null ? (
        <section className="space-y-4">
          {guide}
          {session.speed ? <SpeedWorkNote speed={session.speed} t={root} /> : null}
          {session.kind === "cross_training" ? (
            <fieldset className="space-y-2">
              <legend className="font-semibold">{t("choose")}</legend>
              {items.map((item, i) => (
                <label
                  key={i}
                  className="flex min-h-12 items-center gap-3 rounded-lg border border-slate-300 bg-white px-3"
                >
                  <input
                    type="radio"
                    name="option"
                    checked={chosen === i}
                    onChange={() => setChosen(i)}
                    className="size-5"
                  />
                  <span>{item.name}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <p className="text-sm text-muted">
            {t("pain")} {t("screenOn")}
          </p>
          <Button onClick={start} className="min-h-16 w-full text-xl">
            {t("startTimer")}
          </Button>
        </section>
      ) : step ? (
        <>
          <StepPanel step={step} steps={steps} index={pos.index} items={items} cues={cues} />
          {step.item >= 0 && session.kind !== "cross_training" ? (
            <Button
              variant="secondary"
              className="min-h-12 w-full"
              onClick={() => act((p, time) => nextItem(steps, p, time))}
            >
              {t("skipExercise")}
            </Button>
          ) : null}
          {/* Room for the dock, so the last line above it can be scrolled into view. */}
          <div aria-hidden className="h-12" />
          <PlayerDock
            step={step}
            clock={formatClock(left)}
            paused={paused}
            onPause={() => act(paused ? resume : pause)}
            onSkip={() => act(next)}
            onStop={() => setStoppedAt(Date.now())}
            onSetDone={() => act(next)}
          />
        </>
      ) : null}
    </div>
  );
}
