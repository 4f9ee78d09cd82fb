"use client";

import { useTranslations } from "next-intl";
import { useRegionalFormatter } from "@/components/i18n/regional-format";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { listQueued, removeQueued, type QueuedCheckIn, type SendResult } from "@/lib/client/offline/check-in-queue";
import { Link } from "@/lib/i18n/navigation";
import { QUEUE_EVENT, announceQueue, flushQueue, isoDateToLocal } from "./queue-events";

// Check-ins kept on this phone: waiting for a connection, or refused by the server (never dropped
// without the runner's say), and a note when a queued one has been sent.
export function PendingCheckIns({ userId }: { userId: string }) {
  const t = useTranslations("offline");
  const format = useRegionalFormatter();
  const router = useRouter();
  const [items, setItems] = useState<QueuedCheckIn[]>([]);
  const [sent, setSent] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [offline, setOffline] = useState(false);

  const reload = useCallback(() => {
    // Answers another account left on this phone are neither shown nor sent here.
    listQueued().then(
      (all) => setItems(all.filter((item) => item.userId === undefined || item.userId === userId)),
      () => setItems([]),
    );
  }, [userId]);

  useEffect(() => {
    const onQueue = (event: Event) => {
      const results = (event as CustomEvent<SendResult[]>).detail ?? [];
      const saved = results.filter((r) => r.outcome === "saved").map((r) => r.date);
      if (saved.length > 0) {
        setSent((prev) => [...new Set([...prev, ...saved])]);
        router.refresh();
      }
      reload();
    };
    const onNetwork = () => setOffline(!navigator.onLine);
    onNetwork();
    reload();
    window.addEventListener(QUEUE_EVENT, onQueue);
    window.addEventListener("online", onNetwork);
    window.addEventListener("offline", onNetwork);
    return () => {
      window.removeEventListener(QUEUE_EVENT, onQueue);
      window.removeEventListener("online", onNetwork);
      window.removeEventListener("offline", onNetwork);
    };
  }, [reload, router]);

  const day = (date: string) =>
    format.dateTime(isoDateToLocal(date), { weekday: "short", day: "numeric", month: "short" });

  async function discard(item: QueuedCheckIn) {
    if (!window.confirm(t("discardConfirm", { date: day(item.date) }))) return;
    await removeQueued(item.key);
    announceQueue();
  }

  if (items.length === 0 && sent.length === 0 && !offline) return null;
  return (
    <div className="mt-4 space-y-2" aria-live="polite">
      {offline ? <p className="rounded-lg bg-slate-100 p-3 text-sm">{t("offlineNotice")}</p> : null}
      {sent.map((date) => (
        <p key={date} role="status" className="rounded-lg bg-brand-50 p-3 text-sm font-medium text-brand-900">
          ✓ {t("sentItem", { date: day(date) })}
        </p>
      ))}
      {items.length > 0 ? (
        <section aria-labelledby="pending-title" className="rounded-xl border-l-4 border-amber-500 bg-amber-50 p-3">
          <h2 id="pending-title" className="font-semibold">
            {t("pendingTitle", { count: items.length })}
          </h2>
          <ul className="mt-2 space-y-2 text-sm">
            {items.map((item) => (
              <li key={item.key} className="space-y-1">
                <p>
                  {item.conflict
                    ? t("draftItem", { date: day(item.date) })
                    : item.status === "refused"
                      ? t("refusedItem", { date: day(item.date), message: item.error ?? "" })
                      : t("pendingItem", { date: day(item.date) })}
                </p>
                {item.status === "refused" ? (
                  <div className="flex flex-wrap gap-2">
                    <Link
                      href={{ pathname: "/check-in", query: { date: item.date } }}
                      className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 px-3 font-semibold text-brand-900"
                    >
                      {item.conflict ? t("openDraft") : t("fix")}
                    </Link>
                    <button
                      type="button"
                      onClick={() => void discard(item)}
                      className="min-h-11 rounded-lg px-3 font-semibold text-red-900 underline"
                    >
                      {t("discard")}
                    </button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          {items.some((i) => i.status === "waiting") ? (
            <button
              type="button"
              disabled={sending}
              onClick={() => {
                setSending(true);
                void flushQueue().finally(() => setSending(false));
              }}
              className="mt-2 min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white disabled:opacity-60"
            >
              {sending ? t("sending") : t("sendNow")}
            </button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
