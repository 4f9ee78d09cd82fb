import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { MessageThread } from "@/components/messages/message-thread";
import { sendMessageAction } from "../actions";
import { requirePageUser } from "@/lib/http/page-guard";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { openThread, type Thread } from "@/lib/server/messaging/messages";
import { DEFAULT_TIME_ZONE } from "@/lib/dates";
import { textLink } from "@/components/ui/styles";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/messages/[planId]">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "messages" });
  return { title: t("metaTitle") };
}

// One plan's thread, for its runner or its linked physio; anyone else gets the same 404 as for a
// plan that does not exist.
export default async function PlanMessagesPage({ params }: PageProps<"/[locale]/messages/[planId]">) {
  const { locale: raw, planId } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const caller = await requirePageUser(locale, `/messages/${planId}`);
  let thread: Thread;
  try {
    thread = await openThread(getDb(), caller, planId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const t = await getTranslations("messages");
  return (
    <div className="space-y-4 pt-4">
      {caller.role === "physio" ? (
        <Link href={`/physio/patients/${thread.planId}`} className={textLink}>
          {t("backToPatient")}
        </Link>
      ) : null}
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <MessageThread
        thread={thread}
        viewer={caller.role}
        timeZone={caller.timeZone ?? DEFAULT_TIME_ZONE}
        send={sendMessageAction}
      />
    </div>
  );
}
