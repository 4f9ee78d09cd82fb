"use client";

import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";

// What the phone does at each switch: a short beep (Web Audio, no sound file to download) and a
// buzz. Browsers only allow sound after a tap, so the context is created on the first "Start".
let audio: AudioContext | null = null;

// The runner's choice of sound on or off is kept on this device (it is no health data).
const SOUND_KEY = "comeback.sound";
const listeners = new Set<() => void>();

function readSoundOn(): boolean {
  try {
    return window.localStorage.getItem(SOUND_KEY) !== "off";
  } catch {
    return true;
  }
}

export function unlockSound(): void {
  if (audio || typeof window === "undefined" || !("AudioContext" in window)) return;
  audio = new AudioContext();
}

export function signalSwitch(times: number): void {
  if (audio && readSoundOn()) {
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
  // The buzz stays when the sound is off: a muted phone in a pocket still tells walk from run.
  if (typeof navigator !== "undefined" && "vibrate" in navigator)
    navigator.vibrate(Array.from({ length: times * 2 - 1 }, (_, i) => (i % 2 ? 120 : 250)));
}

/** Sound on or off, remembered on this device; the server render assumes on. */
export function useSoundSetting(): [boolean, (on: boolean) => void] {
  const subscribe = useCallback((listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  const on = useSyncExternalStore(subscribe, readSoundOn, () => true);
  const set = useCallback((value: boolean) => {
    try {
      window.localStorage.setItem(SOUND_KEY, value ? "on" : "off");
    } catch {
      // Storage refused (private mode): the choice holds for this page only.
    }
    for (const listener of listeners) listener();
  }, []);
  return [on, set];
}

/** While `active` the app's menu gives way, so the player's clock and buttons have the bottom of the screen. */
export function usePlayerMode(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    document.documentElement.dataset.player = "running";
    return () => {
      delete document.documentElement.dataset.player;
    };
  }, [active]);
}

/**
 * Keeps the screen on while `active` (a timer runs; not while paused or after the end). The browser
 * drops the lock when the tab hides, so it is taken again on return.
 */
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
