// Check-ins that could not be sent yet, kept on the device in IndexedDB until the server has them.
// Used by the page and by the service worker (no imports: both bundle this file). One entry per plan
// and day, so answering the same day again replaces the waiting answers, as a correction would.
// Each entry carries the version of the day it was made from, so the server can refuse to put it over a
// newer correction, and the account it belongs to: it is sent only under that account's own session.

export type QueuedCheckIn = {
  key: string;
  planId: string;
  date: string;
  input: Record<string, unknown>;
  queuedAt: number;
  /** The day's version the answers were made from (0: none yet); absent in entries queued before. */
  baseVersion?: number;
  /** The runner whose answers these are; absent in entries queued before. */
  userId?: string;
  /** "waiting": not sent yet; "refused": the server said no (shown to the runner, never dropped). */
  status: "waiting" | "refused";
  error?: string;
  /** Refused because the day was changed since (the runner's version kept as a draft). */
  conflict?: boolean;
};

const DB_NAME = "comeback";
const STORE = "check-in-queue";

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "key" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = run(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export function queueKey(planId: string, date: string): string {
  return `${planId}:${date}`;
}

type NewEntry = {
  planId: string;
  date: string;
  input: Record<string, unknown>;
  baseVersion: number;
  userId: string;
};

export async function enqueueCheckIn(entry: NewEntry, now: number): Promise<void> {
  const item: QueuedCheckIn = { key: queueKey(entry.planId, entry.date), ...entry, queuedAt: now, status: "waiting" };
  await withStore("readwrite", (store) => store.put(item));
}

/** The runner's answers that the server refused because the day changed since: kept as a draft. */
export async function keepAsDraft(entry: NewEntry, now: number): Promise<void> {
  const item: QueuedCheckIn = {
    key: queueKey(entry.planId, entry.date),
    ...entry,
    queuedAt: now,
    status: "refused",
    conflict: true,
  };
  await withStore("readwrite", (store) => store.put(item));
}

export async function listQueued(): Promise<QueuedCheckIn[]> {
  const items = await withStore<QueuedCheckIn[]>("readonly", (store) => store.getAll() as IDBRequest<QueuedCheckIn[]>);
  return items.sort((a, b) => a.date.localeCompare(b.date));
}

export async function removeQueued(key: string): Promise<void> {
  await withStore("readwrite", (store) => store.delete(key));
}

async function markRefused(item: QueuedCheckIn, error: string, conflict: boolean): Promise<void> {
  await withStore("readwrite", (store) => store.put({ ...item, status: "refused", error, conflict }));
}

export async function clearQueue(): Promise<void> {
  await withStore("readwrite", (store) => store.clear());
}

export type SendResult =
  | { key: string; date: string; outcome: "saved"; body: unknown }
  | { key: string; date: string; outcome: "refused"; message: string; conflict: boolean; current?: number }
  | { key: string; date: string; outcome: "later" }
  | { key: string; date: string; outcome: "signedOut" };

const SEND_LOCK = "comeback-check-in-queue";

/**
 * Send every waiting check-in of the signed-in runner to the JSON route, oldest day first. Saved ones
 * leave the queue; a 4xx that is not about the session is kept as "refused" with the server's sentence
 * (a 409, the day changed since, as a draft); everything else (offline, 5xx) stays waiting. Without a
 * session nothing is sent ("signedOut": the answers wait until that runner signs in again), and another
 * account's answers are neither sent nor reported. Sending twice is harmless (the same day is one row),
 * but the page and the service worker take turns through a Web Lock, so the second finds the queue sent.
 */
export async function sendQueued(fetcher: typeof fetch = fetch): Promise<SendResult[]> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return sendQueuedNow(fetcher);
  return locks.request(SEND_LOCK, () => sendQueuedNow(fetcher));
}

/** Who is signed in on this device: their id, null when no session, undefined when the server cannot be asked. */
export async function signedInUser(fetcher: typeof fetch = fetch): Promise<string | null | undefined> {
  try {
    const response = await fetcher("/api/auth/get-session", {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      cache: "no-store",
    });
    if (!response.ok) return response.status === 401 ? null : undefined;
    const body = (await response.json()) as { user?: { id?: string } } | null;
    return body?.user?.id ?? null;
  } catch {
    return undefined;
  }
}

async function sendQueuedNow(fetcher: typeof fetch): Promise<SendResult[]> {
  const waiting = (await listQueued()).filter((item) => item.status === "waiting");
  if (waiting.length === 0) return [];
  const userId = await signedInUser(fetcher);
  if (userId === undefined) return waiting.map((item) => ({ key: item.key, date: item.date, outcome: "later" }));
  if (userId === null) return waiting.map((item) => ({ key: item.key, date: item.date, outcome: "signedOut" }));
  const results: SendResult[] = [];
  for (const item of waiting) {
    if (item.userId !== undefined && item.userId !== userId) continue;
    let response: Response;
    try {
      response = await fetcher(`/api/plans/${encodeURIComponent(item.planId)}/check-ins`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ ...item.input, baseVersion: item.baseVersion }),
      });
    } catch {
      results.push({ key: item.key, date: item.date, outcome: "later" });
      break; // offline: the rest would fail the same way
    }
    if (response.ok) {
      await removeQueued(item.key);
      results.push({ key: item.key, date: item.date, outcome: "saved", body: await response.json().catch(() => null) });
    } else if (response.status >= 400 && response.status < 500 && response.status !== 401 && response.status !== 429) {
      const body = (await response.json().catch(() => null)) as {
        error?: { message?: string; details?: { current?: number } };
      } | null;
      const message = body?.error?.message ?? `HTTP ${response.status}`;
      const conflict = response.status === 409;
      const current = body?.error?.details?.current;
      await markRefused(item, message, conflict);
      results.push({ key: item.key, date: item.date, outcome: "refused", message, conflict, current });
    } else {
      results.push({ key: item.key, date: item.date, outcome: "later" });
    }
  }
  return results;
}
