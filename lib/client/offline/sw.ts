/// <reference lib="webworker" />
// The service worker (built to public/sw.js by lib/runtime/build-sw.ts): the app shell and the runner's
// Today, plan and check-in pages stay readable offline, and check-ins queued on the device are sent
// when the connection returns (Background Sync where the browser has it; the page sends them too).
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, StaleWhileRevalidate } from "serwist";
import { clearQueue, sendQueued, signedInUser } from "./check-in-queue";

declare const self: ServiceWorkerGlobalScope;

const PAGE_CACHE = "comeback-pages";
const STATIC_CACHE = "comeback-static";
export const SYNC_TAG = "check-in-queue";
const SESSION_CHECK_TAG = "session-check";
const OFFLINE_PAGES = /^\/(en|nl)\/(today|plan|check-in)\/?$/;

// A page that redirected (signed out, onboarding) is not the page: never serve it offline.
const onlyRealPages = {
  cacheWillUpdate: async ({ response }: { response: Response }) =>
    response.ok && !response.redirected ? response : null,
};

// A personal page that now redirects means the session ended, here or on another device ("sign out
// everywhere"): the kept copies of every personal page go, so this phone no longer opens them offline.
// A navigation is fetched with redirect "manual", so the redirect arrives as an opaque redirect.
const isRedirect = (response: Response) => response.type === "opaqueredirect" || response.redirected;
const dropPagesWhenSignedOut = {
  fetchDidSucceed: async ({ response }: { response: Response }) => {
    if (isRedirect(response)) await dropPersonalPages();
    return response;
  },
};

// Only the pages go: check-ins waiting to be sent stay on the phone (never dropped without the runner's
// say), and are sent only once that runner has signed in again (sendQueued asks who is signed in).
async function dropPersonalPages(): Promise<void> {
  await caches.delete(PAGE_CACHE);
}

const serwist = new Serwist({
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: STATIC_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 300 })] }),
    },
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && OFFLINE_PAGES.test(url.pathname),
      handler: new NetworkFirst({
        cacheName: PAGE_CACHE,
        networkTimeoutSeconds: 6,
        plugins: [dropPagesWhenSignedOut, onlyRealPages],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) =>
        sameOrigin && (url.pathname.startsWith("/icons/") || url.pathname.endsWith(".webmanifest")),
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
  if (results.some((r) => r.outcome === "signedOut")) await dropPersonalPages();
  await broadcast({ type: "check-ins-sent", results });
  // A check-in still waiting makes the sync fail, so the browser tries again later.
  if (results.some((r) => r.outcome === "later")) throw new Error("check-ins still waiting");
}

// At each periodic sync where the browser grants one (an installed app, even when closed): with the
// network up and no session any more, the kept personal pages go. No answer (offline) changes nothing.
async function checkSession(): Promise<void> {
  if ((await signedInUser(fetch)) === null) await dropPersonalPages();
}

self.addEventListener("periodicsync", (event: Event) => {
  const sync = event as Event & { tag: string; waitUntil(p: Promise<unknown>): void };
  if (sync.tag === SESSION_CHECK_TAG) sync.waitUntil(checkSession());
});

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
      if (response && isRedirect(response)) await dropPersonalPages();
      else if (response && (await onlyRealPages.cacheWillUpdate({ response }))) await pageCache.put(u, response);
    }),
  ]);
}

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string; urls?: string[] } | null;
  if (data?.type === "warm" && Array.isArray(data.urls)) event.waitUntil(warm(data.urls));
  // Signing out leaves no health data on the device: cached pages and unsent check-ins go.
  if (data?.type === "clear") event.waitUntil(Promise.all([caches.delete(PAGE_CACHE), clearQueue()]));
  if (data?.type === "flush") event.waitUntil(flush().catch(() => undefined));
  if (data?.type === "session-ended") event.waitUntil(dropPersonalPages());
});

// Web push: the server sends a title, a line and a link, never health data. Shown as a
// notification; a tap opens (or focuses) the app at that link, on this site only.
type PushPayload = { title?: string; body?: string; url?: string };

self.addEventListener("push", (event: PushEvent) => {
  let payload: PushPayload = {};
  try {
    payload = (event.data?.json() as PushPayload | undefined) ?? {};
  } catch {
    // an unreadable message still shows the app's name
  }
  const url =
    payload.url && new URL(payload.url, self.location.origin).origin === self.location.origin ? payload.url : "/";
  event.waitUntil(
    self.registration.showNotification(payload.title ?? "Comeback", {
      body: payload.body ?? "",
      icon: "/icons/icon-192.png",
      data: { url },
      tag: url,
    }),
  );
});

self.addEventListener("notificationclick", (event: NotificationEvent) => {
  event.notification.close();
  const url = new URL((event.notification.data as { url?: string } | null)?.url ?? "/", self.location.origin).href;
  event.waitUntil(
    (async () => {
      for (const client of await self.clients.matchAll({ type: "window", includeUncontrolled: true })) {
        if (client.url === url && "focus" in client) return void (await client.focus());
      }
      await self.clients.openWindow(url);
    })(),
  );
});
