"use client";

import { useEffect, useRef } from "react";

// What the phone does at each switch: a short beep (Web Audio, no sound file to download) and a
// buzz. Browsers only allow sound after a tap, so the context is created on the first "Start".
let audio: AudioContext | null = null;

export function unlockSound(): void {
  if (audio || typeof window === "undefined" || !("AudioContext" in window)) return;
  audio = new AudioContext();
}

export function signalSwitch(times: number): void {
  if (audio) {
    for (let i = 0; i < times; i++) {
      const start = audio.currentTime + i * 0.3;
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.setValueAtTime(0.25, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + 0.2);
      tone.connect(gain).connect(audio.destination);
      tone.start(start);
      tone.stop(start + 0.22);
    }
  }
  if (typeof navigator !== "undefined" && "vibrate" in navigator)
    navigator.vibrate(Array.from({ length: times * 2 - 1 }, (_, i) => (i % 2 ? 120 : 250)));
}

/** Keeps the screen on while `active`; the browser drops the lock when the tab hides, so take it again on return. */
export function useWakeLock(active: boolean): void {
  const lock = useRef<WakeLockSentinel | null>(null);
  useEffect(() => {
    if (!active || typeof navigator === "undefined" || !("wakeLock" in navigator)) return;
    let cancelled = false;
    const acquire = async () => {
      if (document.visibilityState !== "visible" || (lock.current && !lock.current.released)) return;
      try {
        const sentinel = await navigator.wakeLock.request("screen");
        if (cancelled) await sentinel.release();
        else lock.current = sentinel;
      } catch {
        // Refused (battery saver, no user gesture): the session still works, the screen may dim.
      }
    };
    void acquire();
    document.addEventListener("visibilitychange", acquire);
    return () => {
      cancelled = true;
      document.removeEventListener("visibilitychange", acquire);
      void lock.current?.release();
      lock.current = null;
    };
  }, [active]);
}
