"use client";

import { useLocale } from "next-intl";
import { useEffect } from "react";
import { announceQueue, flushQueue } from "./queue-events";

// Registers the service worker (production builds only), hands it the files this page loaded so the
// page opens offline next time, and sends queued check-ins now and whenever the connection returns.
export function OfflineSupport() {
  const locale = useLocale();
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const onMessage = (event: MessageEvent) => {
      if ((event.data as { type?: string } | null)?.type === "check-ins-sent") announceQueue((event.data as { results: [] }).results);
    };
    navigator.serviceWorker.addEventListener("message", onMessage);
    navigator.serviceWorker
      .register("/sw.js")
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const loaded = performance.getEntriesByType("resource").map((entry) => entry.name);
        registration.active?.postMessage({ type: "warm", urls: [location.href, `/${locale}/today`, ...loaded] });
      })
      .catch(() => undefined);
    return () => navigator.serviceWorker.removeEventListener("message", onMessage);
  }, [locale]);

  useEffect(() => {
    const send = () => void flushQueue();
    send();
    window.addEventListener("online", send);
    return () => window.removeEventListener("online", send);
  }, []);

  return null;
}
