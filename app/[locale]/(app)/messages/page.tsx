import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { MessageThread } from "@/components/messages/message-thread";
import { sendMessageAction } from "./actions";
import { requirePageUser } from "@/lib/http/page-guard";
import { getDb } from "@/lib/db/client";
import { findCurrentPlanId } from "@/lib/server/plan/load-plan";
import { openThread } from "@/lib/server/messaging/messages";
import { DEFAULT_TIME_ZONE } from "@/lib/dates";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/messages">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "messages" });
  return { title: t("metaTitle") };
}

// The runner's thread with their physio on their current plan (a physio has one per patient).
export default async function MessagesPage({ params }: PageProps<"/[locale]/messages">) {
  const { locale: raw } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const caller = await requirePageUser(locale, "/messages");
  if (caller.role === "physio") redirect(`/${locale}/physio`);
  const planId = await findCurrentPlanId(getDb(), caller.id);
  if (!planId) redirect(`/${locale}/onboarding`);
  const [thread, t] = await Promise.all([openThread(getDb(), caller, planId), getTranslations("messages")]);
  return (
    <div className="space-y-4 pt-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <MessageThread
        thread={thread}
        viewer="runner"
        timeZone={caller.timeZone ?? DEFAULT_TIME_ZONE}
        send={sendMessageAction}
      />
    </div>
  );
}
