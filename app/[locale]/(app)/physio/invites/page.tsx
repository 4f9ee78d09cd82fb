import { PendingVerification } from "@/components/physio/pending-verification";
import { isVerifiedPhysio } from "@/lib/auth/permissions";
import { isValidTimeZone, DEFAULT_TIME_ZONE } from "@/lib/dates";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CreateInviteForm } from "@/components/physio/invites/create-invite-form";
import { InviteList } from "@/components/physio/invites/invite-list";
import { requirePhysio, todayOf } from "@/lib/http/page-guard";
import { getDb } from "@/lib/db/client";
import { BoneSite, InjurySite, Tissue } from "@/lib/engine";
import { INVITE_DAYS, listInvites } from "@/lib/server/invite/invites";
import { earliestLastRun, LIMITS } from "@/lib/server/onboarding/steps";
import { createInviteAction, revokeInviteAction } from "./actions";
import { requestOrigin } from "@/lib/http/request-origin";
import { PageHeader } from "@/components/ui/page-header";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/invites">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "invite" });
  return { title: t("physioTitle") };
}

export default async function PhysioInvitesPage({ params }: PageProps<"/[locale]/physio/invites">) {
  const { locale: raw } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const physio = await requirePhysio(locale, "/physio/invites");
  if (!isVerifiedPhysio(physio)) {
    const ti = await getTranslations("invite");
    return (
      <PendingVerification
        status={physio.physioStatus === "revoked" ? "revoked" : "pending"}
        title={ti("physioTitle")}
      />
    );
  }
  const timeZone = physio.timeZone;
  const [t, invites, today, origin] = await Promise.all([
    getTranslations("invite"),
    listInvites(getDb(), physio),
    todayOf(physio),
    requestOrigin(),
  ]);

  return (
    <div className="space-y-5">
      <PageHeader title={t("physioTitle")} lead={t("physioLead", { days: INVITE_DAYS })} />
      {/* No card padding on a phone: the intake's choice cards need the width. */}
      <section
        aria-labelledby="new-invite-title"
        className="sm:rounded-xl sm:border sm:border-brand-100 sm:bg-white sm:p-4 sm:shadow-sm"
      >
        <h2 id="new-invite-title" className="mb-3 text-xl font-bold text-brand-900">
          {t("create.title")}
        </h2>
        <CreateInviteForm
          locale={locale}
          mailLocale={toLocale(physio.locale)}
          origin={origin}
          today={today}
          earliest={earliestLastRun(today)}
          sites={InjurySite.options}
          tissues={Tissue.options}
          boneSites={BoneSite.options}
          limits={LIMITS}
          action={createInviteAction}
        />
      </section>
      <section aria-labelledby="invites-title">
        <h2 id="invites-title" className="mb-3 text-xl font-bold text-brand-900">
          {t("list.title")}
        </h2>
        <InviteList
          invites={invites}
          timeZone={timeZone && isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE}
          revoke={revokeInviteAction}
        />
      </section>
    </div>
  );
}
