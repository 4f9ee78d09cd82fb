// Check-ins that could not be sent yet, kept on the device in IndexedDB until the server has them.
// Used by the page and by the service worker (no imports: both bundle this file). One entry per plan
// and day, so answering the same day again replaces the waiting answers, as a correction would.

export type QueuedCheckIn = {
  key: string;
  planId: string;
  date: string;
  input: Record<string, unknown>;
  queuedAt: number;
  /** "waiting": not sent yet; "refused": the server said no (shown to the runner, never dropped). */
  status: "waiting" | "refused";
  error?: string;
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

export async function enqueueCheckIn(
  entry: { planId: string; date: string; input: Record<string, unknown> },
  now: number,
): Promise<void> {
  const item: QueuedCheckIn = { key: queueKey(entry.planId, entry.date), ...entry, queuedAt: now, status: "waiting" };
  await withStore("readwrite", (store) => store.put(item));
}

export async function listQueued(): Promise<QueuedCheckIn[]> {
  const items = await withStore<QueuedCheckIn[]>("readonly", (store) => store.getAll() as IDBRequest<QueuedCheckIn[]>);
  return items.sort((a, b) => a.date.localeCompare(b.date));
}

export async function removeQueued(key: string): Promise<void> {
  await withStore("readwrite", (store) => store.delete(key));
}

async function markRefused(item: QueuedCheckIn, error: string): Promise<void> {
  await withStore("readwrite", (store) => store.put({ ...item, status: "refused", error }));
}

export async function clearQueue(): Promise<void> {
  await withStore("readwrite", (store) => store.clear());
}

export type SendResult =
  | { key: string; date: string; outcome: "saved"; body: unknown }
  | { key: string; date: string; outcome: "refused"; message: string }
  | { key: string; date: string; outcome: "later" };

const SEND_LOCK = "comeback-check-in-queue";

/**
 * Send every waiting check-in to the JSON route, oldest day first. Saved ones leave the queue; a 4xx
 * that is not about the session is kept as "refused" with the server's sentence; everything else
 * (offline, 5xx, signed out) stays waiting. Sending twice is harmless (the same day is one row), but the
 * page and the service worker take turns through a Web Lock, so the second finds the queue already sent.
 */
export async function sendQueued(fetcher: typeof fetch = fetch): Promise<SendResult[]> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return sendQueuedNow(fetcher);
  return locks.request(SEND_LOCK, () => sendQueuedNow(fetcher));
}

async function sendQueuedNow(fetcher: typeof fetch): Promise<SendResult[]> {
  const results: SendResult[] = [];
  for (const item of await listQueued()) {
    if (item.status !== "waiting") continue;
    let response: Response;
    try {
      response = await fetcher(`/api/plans/${encodeURIComponent(item.planId)}/check-ins`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(item.input),
      });
    } catch {
      results.push({ key: item.key, date: item.date, outcome: "later" });
      break; // offline: the rest would fail the same way
    }
    if (response.ok) {
      await removeQueued(item.key);
      results.push({ key: item.key, date: item.date, outcome: "saved", body: await response.json().catch(() => null) });
    } else if (response.status >= 400 && response.status < 500 && response.status !== 401 && response.status !== 429) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      const message = body?.error?.message ?? `HTTP ${response.status}`;
      await markRefused(item, message);
      results.push({ key: item.key, date: item.date, outcome: "refused", message });
    } else {
      results.push({ key: item.key, date: item.date, outcome: "later" });
    }
  }
  return results;
}
