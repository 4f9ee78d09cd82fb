import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Thread } from "@/lib/server/messaging/messages";
import { MESSAGE_MAX_LENGTH } from "@/lib/forms/schemas/message";
import type { SchemaFormAction } from "@/lib/http/form-action";
import { MessageForm } from "./message-form";
import { ThreadRefresh } from "./thread-refresh";

// One thread, oldest first so the newest is at the bottom beside the form, as in any chat.
export async function MessageThread({
  thread,
  viewer,
  timeZone,
  send,
}: {
  thread: Thread;
  viewer: "runner" | "physio";
  timeZone: string;
  send: SchemaFormAction;
}) {
  const [t, format] = await Promise.all([getTranslations("messages"), getFormatter()]);
  if (!thread.hasPhysio) {
    return (
      <div className="space-y-3 rounded-xl border border-brand-100 bg-white p-4">
        <p>{t("noPhysio")}</p>
        <Link href="/account" className="inline-flex min-h-11 items-center font-semibold text-brand-900 underline">
          {t("noPhysioLink")}
        </Link>
      </div>
    );
  }
  const otherFallback = viewer === "runner" ? t("withPhysio") : t("withPatient");
  return (
    <div className="space-y-4">
      <p className="text-muted">{thread.otherName ? t("withPerson", { name: thread.otherName }) : otherFallback}</p>
      <p className="rounded-lg bg-brand-50 p-3 text-sm text-brand-900">
        {viewer === "runner" ? t("introRunner") : t("introPhysio")}
      </p>
      {thread.messages.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ol aria-label={t("listLabel")} className="space-y-3">
          {thread.messages.map((m) => {
            const sender = m.mine ? t("you") : (m.senderName ?? t("formerAccount"));
            const time = format.dateTime(new Date(m.sentAt), { dateStyle: "medium", timeStyle: "short", timeZone });
            return (
              <li
                key={m.id}
                aria-labelledby={`message-${m.id}-meta`}
                className={`max-w-[85%] rounded-xl p-3 ${m.mine ? "ml-auto bg-brand-100 text-brand-900" : "mr-auto border border-brand-100 bg-white"}`}
              >
                <p id={`message-${m.id}-meta`} className="text-xs text-muted">
                  <span className="font-semibold">{sender}</span> · <time dateTime={m.sentAt}>{time}</time>
                </p>
                <p className="mt-1 break-words whitespace-pre-wrap">{m.body}</p>
              </li>
            );
          })}
        </ol>
      )}
      {thread.canSend ? (
        <MessageForm planId={thread.planId} maxLength={MESSAGE_MAX_LENGTH} send={send} />
      ) : (
        <p className="rounded-lg bg-slate-100 p-3 font-semibold">{t("archived")}</p>
      )}
      <ThreadRefresh />
    </div>
  );
}
