"use client";

import { sendQueued, type SendResult } from "@/lib/client/offline/check-in-queue";

// One window event for "the queue changed", whoever sent it (this page or the service worker).
export const QUEUE_EVENT = "comeback:check-in-queue";
const SYNC_TAG = "check-in-queue";

export function announceQueue(results: SendResult[] = []): void {
  window.dispatchEvent(new CustomEvent<SendResult[]>(QUEUE_EVENT, { detail: results }));
}

export async function flushQueue(): Promise<SendResult[]> {
  const results = await sendQueued().catch(() => [] as SendResult[]);
  announceQueue(results);
  return results;
}

/** Ask the service worker to send the queue when the connection returns (Background Sync, where there is one). */
export async function requestBackgroundSend(): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const registration = (await navigator.serviceWorker.getRegistration()) as
    (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
  await registration?.sync?.register(SYNC_TAG).catch(() => undefined);
}

export function isoDateToLocal(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}
