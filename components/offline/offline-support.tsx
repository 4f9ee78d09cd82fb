"use client";

import { useLocale } from "next-intl";
import { useEffect } from "react";
import { announceQueue, flushQueue } from "./queue-events";

// Registers the service worker (production builds only, once the page has loaded and is idle), hands it
// the files this page loaded so the page opens offline next time, and sends queued check-ins now and
// whenever the connection returns.
export function OfflineSupport() {
  const locale = useLocale();
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const onMessage = (event: MessageEvent) => {
      if ((event.data as { type?: string } | null)?.type === "check-ins-sent") announceQueue((event.data as { results: [] }).results);
    };
    navigator.serviceWorker.addEventListener("message", onMessage);
    const cancel = whenLoadedAndIdle(() => {
      navigator.serviceWorker
        .register("/sw.js")
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => {
          const loaded = performance.getEntriesByType("resource").map((entry) => entry.name);
          registration.active?.postMessage({ type: "warm", urls: [location.href, `/${locale}/today`, ...loaded] });
        })
        .catch(() => undefined);
    });
    return () => {
      cancel();
      navigator.serviceWorker.removeEventListener("message", onMessage);
    };
  }, [locale]);

  useEffect(() => {
    const send = () => void flushQueue();
    send();
    window.addEventListener("online", send);
    return () => window.removeEventListener("online", send);
  }, []);

  return null;
}

// The service worker's install and its "warm" message (it fetches this page's files again to keep them)
// wait until the page has loaded and the main thread is idle: on a slow phone they would otherwise
// compete with the first paint and the first taps for the network and the CPU.
function whenLoadedAndIdle(run: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === "function") idle = window.requestIdleCallback(run, { timeout: 5_000 });
    else timer = setTimeout(run, 0);
  };
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
  return () => {
    window.removeEventListener("load", schedule);
    if (idle !== undefined) window.cancelIdleCallback(idle);
    if (timer !== undefined) clearTimeout(timer);
  };
}
