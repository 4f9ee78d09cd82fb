"use client";

import { useEffect } from "react";
import { signedInUser } from "@/lib/client/offline/check-in-queue";

const PAGE_CACHE = "comeback-pages";
const EVERY_MS = 5 * 60_000;
const PERIODIC_MS = 12 * 60 * 60_000;

// A session can end on another device ("sign out everywhere", a password reset, an undone change). When
// this page next hears so from the server (coming back to the tab, the network returning, every few
// minutes while open) the pages kept for offline reading are dropped and the runner goes to sign in.
// Check-ins waiting on the phone stay: they are sent once that runner signs in again.
export function useSessionWatch(locale: string): void {
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      if (document.visibilityState !== "visible" || (await signedInUser()) !== null || stopped) return;
      stopped = true;
      await caches.delete(PAGE_CACHE).catch(() => undefined);
      navigator.serviceWorker?.controller?.postMessage({ type: "session-ended" });
      window.location.replace(`/${locale}/signin`);
    };
    const onEvent = () => void check();
    const timer = setInterval(onEvent, EVERY_MS);
    document.addEventListener("visibilitychange", onEvent);
    window.addEventListener("online", onEvent);
    void registerPeriodicCheck();
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onEvent);
      window.removeEventListener("online", onEvent);
    };
  }, [locale]);
}

// An installed app in a Chromium browser may wake the service worker now and then even when closed
// (Periodic Background Sync): it asks the same question and drops the pages. Elsewhere this does nothing.
async function registerPeriodicCheck(): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const registration = (await navigator.serviceWorker.getRegistration()) as
    | (ServiceWorkerRegistration & {
        periodicSync?: { register(tag: string, options: { minInterval: number }): Promise<void> };
      })
    | undefined;
  await registration?.periodicSync?.register("session-check", { minInterval: PERIODIC_MS }).catch(() => undefined);
}
