// Signing out leaves no health data on this device: the unsent check-ins and the pages kept for offline use.
import { clearQueue } from "./check-in-queue";

export async function clearDeviceData(): Promise<void> {
  await clearQueue().catch(() => undefined);
  if ("caches" in globalThis) await caches.delete("comeback-pages").catch(() => undefined);
  const worker = "serviceWorker" in navigator ? navigator.serviceWorker.controller : null;
  worker?.postMessage({ type: "clear" });
}
