"use client";

import { useLocale } from "next-intl";
import { useEffect } from "react";
import { announceQueue, flushQueue } from "./queue-events";
import { useSessionWatch } from "./session-watch";

// Registers the service worker (production builds only, once the page has loaded and is idle), hands it
// the files this page loaded so the page opens offline next time, and sends queued check-ins now and
// whenever the connection returns.
export function OfflineSupport() {
  const locale = useLocale();
  useSessionWatch(locale);
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const onMessage = (event: MessageEvent) => {
      if ((event.data as { type?: string } | null)?.type === "check-ins-sent")
        announceQueue((event.data as { results: [] }).results);
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

  // The "online" event can come a moment before requests get through (and Background Sync retries only
  // minutes later), so while a check-in is still waiting the page tries again: 2 s, 4 s, ... up to a minute.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    const send = async () => {
      clearTimeout(timer);
      const results = await flushQueue();
      if (!results.some((r) => r.outcome === "later")) {
        attempt = 0;
        return;
      }
      attempt += 1;
      timer = setTimeout(() => void send(), Math.min(60_000, 1000 * 2 ** attempt));
    };
    const onOnline = () => {
      attempt = 0;
      void send();
    };
    void send();
    window.addEventListener("online", onOnline);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("online", onOnline);
    };
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
