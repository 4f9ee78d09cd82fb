/// <reference lib="webworker" />
// The service worker (built to public/sw.js by lib/cli/build-sw.ts): the app shell and the runner's
// Today, plan and check-in pages stay readable offline, and check-ins queued on the device are sent
// when the connection returns (Background Sync where the browser has it; the page sends them too).
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, StaleWhileRevalidate } from "serwist";
import { clearQueue, sendQueued } from "./check-in-queue";

declare const self: ServiceWorkerGlobalScope;

const PAGE_CACHE = "comeback-pages";
const STATIC_CACHE = "comeback-static";
export const SYNC_TAG = "check-in-queue";
const OFFLINE_PAGES = /^\/(en|nl)\/(today|plan|check-in)\/?$/;

// A page that redirected (signed out, onboarding) is not the page: never serve it offline.
const onlyRealPages = { cacheWillUpdate: async ({ response }: { response: Response }) => (response.ok && !response.redirected ? response : null) };

const serwist = new Serwist({
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: STATIC_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 300 })] }),
    },
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === "navigate" && OFFLINE_PAGES.test(url.pathname),
      handler: new NetworkFirst({ cacheName: PAGE_CACHE, networkTimeoutSeconds: 6, plugins: [onlyRealPages] }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && (url.pathname.startsWith("/icons/") || url.pathname.endsWith(".webmanifest")),
      handler: new StaleWhileRevalidate({ cacheName: STATIC_CACHE }),
    },
  ],
});
serwist.addEventListeners();

async function broadcast(message: unknown): Promise<void> {
  for (const client of await self.clients.matchAll({ type: "window" })) client.postMessage(message);
}

async function flush(): Promise<void> {
  const results = await sendQueued(fetch);
  await broadcast({ type: "check-ins-sent", results });
  // A check-in still waiting makes the sync fail, so the browser tries again later.
  if (results.some((r) => r.outcome === "later")) throw new Error("check-ins still waiting");
}

self.addEventListener("sync", (event: Event) => {
  const sync = event as Event & { tag: string; waitUntil(p: Promise<unknown>): void };
  if (sync.tag === SYNC_TAG) sync.waitUntil(flush());
});

async function warm(urls: string[]): Promise<void> {
  const sameOrigin = urls.filter((u) => new URL(u, self.location.origin).origin === self.location.origin);
  const pages = sameOrigin.filter((u) => OFFLINE_PAGES.test(new URL(u, self.location.origin).pathname));
  const assets = sameOrigin.filter((u) => new URL(u, self.location.origin).pathname.startsWith("/_next/static/"));
  const [pageCache, staticCache] = await Promise.all([caches.open(PAGE_CACHE), caches.open(STATIC_CACHE)]);
  await Promise.all([
    ...assets.map(async (u) => (await staticCache.match(u)) ?? staticCache.add(u).catch(() => undefined)),
    ...pages.map(async (u) => {
      const response = await fetch(u, { credentials: "same-origin" }).catch(() => null);
      if (response && (await onlyRealPages.cacheWillUpdate({ response }))) await pageCache.put(u, response);
    }),
  ]);
}

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string; urls?: string[] } | null;
  if (data?.type === "warm" && Array.isArray(data.urls)) event.waitUntil(warm(data.urls));
  // Signing out leaves no health data on the device: cached pages and unsent check-ins go.
  if (data?.type === "clear") event.waitUntil(Promise.all([caches.delete(PAGE_CACHE), clearQueue()]));
  if (data?.type === "flush") event.waitUntil(flush().catch(() => undefined));
});
