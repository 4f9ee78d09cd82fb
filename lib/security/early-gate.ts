// Sign-in paths, counted before Next sees the request. A refused attempt then costs one small JSON
// parse and one upsert on a pool of its own: 200 guesses at once do not queue up behind Next's
// rendering or take the connections every other request needs (/api/health stays fast).
// Within one server, attempts on the same counters go to the database one at a time, and a refusal
// is remembered while more attempts on them are waiting: a burst of guesses at one account costs a
// handful of queries, the rest are answered from that memory, which is dropped as soon as the burst
// is over. The memory only ever refuses what PostgreSQL just refused; everything else is decided
// there, so every server shares one count and clearing the table takes effect at once.
// What passes is marked for better-auth's hook (lib/security/auth-hooks.ts), which then does not
// count it twice; the mark is a secret of this process, so a client cannot forge it.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { GUARDED_AUTH_PATHS, countersFor } from "./auth-limits";
import { countingStages, judgeCounters, type Counter } from "@/lib/security/rate-limit";

export const GATE_HEADER = "x-comeback-gate";
const holder = globalThis as typeof globalThis & { __comebackGateSecret?: string };

export function gateSecret(): string {
  return (holder.__comebackGateSecret ??= randomBytes(24).toString("base64url"));
}

// In the hook: was this request counted by our server already?
export function wasCountedAtGate(headers: Headers | undefined): boolean {
  const secret = holder.__comebackGateSecret;
  return Boolean(secret && headers?.get(GATE_HEADER) === secret);
}

export function guardedPathOf(method: string | undefined, url: string | undefined): string | undefined {
  if (method !== "POST" || !url?.startsWith("/api/auth/")) return undefined;
  const path = url.split("?")[0]!.slice("/api/auth".length).replace(/\/+$/, "");
  return GUARDED_AUTH_PATHS[path] ? path : undefined;
}

export function gateCounters(path: string, ip: string, body: unknown): Counter[] {
  const email = (body as { email?: unknown } | null)?.email;
  const named = typeof email === "string" && email.length <= 254 ? email : undefined;
  return countersFor(GUARDED_AUTH_PATHS[path]!, { ip, email: named }).sort((a, b) => a.key.localeCompare(b.key));
}

let pool: pg.Pool | undefined;
const refusedUntil = new Map<string, number>();
const queues = new Map<string, Promise<unknown>>();

/** `locked`: accounts whose limits refused for the first time in their window (their owner is told). */
type Verdict = { allowed: true; locked?: undefined } | { allowed: false; retryAfterSeconds: number; locked: string[] };

function remembered(counters: Counter[], now: number): Verdict | undefined {
  const until = Math.max(0, ...counters.map((c) => refusedUntil.get(c.key) ?? 0));
  return until > now
    ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)), locked: [] }
    : undefined;
}

export async function claimAtGate(counters: Counter[]): Promise<Verdict> {
  const queueKey = counters.map((c) => c.key).join("|");
  const turn = (queues.get(queueKey) ?? Promise.resolve()).then(
    () => remembered(counters, Date.now()) ?? claimInDatabase(counters, new Date()),
  );
  const tail = turn.catch(() => undefined);
  queues.set(queueKey, tail);
  void tail.then(() => {
    if (queues.get(queueKey) !== tail) return;
    queues.delete(queueKey);
    for (const c of counters) refusedUntil.delete(c.key);
  });
  return turn;
}

// The same statements as claimAttempt (lib/security/rate-limit.ts), on plain pg: this runs outside Next.
async function claimInDatabase(counters: Counter[], now: Date): Promise<Verdict> {
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3, connectionTimeoutMillis: 5_000 }).on(
    "error",
    () => {},
  );
  for (const stage of countingStages(counters)) {
    const values = stage.flatMap((c) => [c.key, new Date(now.getTime() + c.rule.windowSeconds * 1000)]);
    const rows = stage.map((_, i) => `($${i * 2 + 2}, 1, $${i * 2 + 3}::timestamptz)`).join(", ");
    const result = await pool.query<{ key: string; count: number; reset_at: Date }>(
      `insert into rate_limits (key, count, reset_at) values ${rows}
       on conflict (key) do update set
         count = case when rate_limits.reset_at <= $1 then 1 else rate_limits.count + 1 end,
         reset_at = case when rate_limits.reset_at <= $1 then excluded.reset_at else rate_limits.reset_at end
       returning key, count, reset_at`,
      [now, ...values],
    );
    const counted = result.rows.map((r) => ({ key: r.key, count: r.count, resetAt: r.reset_at }));
    const { waits, locked } = judgeCounters(stage, counted, now);
    for (const row of counted)
      if (row.count > stage.find((c) => c.key === row.key)!.rule.max) refusedUntil.set(row.key, row.resetAt.getTime());
    if (waits.length) return { allowed: false, retryAfterSeconds: Math.max(...waits), locked };
  }
  return { allowed: true };
}
