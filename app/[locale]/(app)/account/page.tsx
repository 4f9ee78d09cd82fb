import { headers } from "next/headers";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AccountSettings, type SettingsData } from "@/components/account/settings/account-settings";
import { getAuth } from "@/lib/auth/auth";
import { knownTimeZones } from "@/lib/auth/user-fields";
import { toIntake } from "@/lib/db/mappers";
import { listDevices } from "@/lib/server/account/devices";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { EndSharingForm } from "@/components/account/end-sharing-form";
import { EnterCodeForm } from "@/components/account/enter-code-form";
import { FormMessage } from "@/components/ui/form-message";
import { requirePageUser } from "@/lib/http/page-guard";
import { getDb } from "@/lib/db/client";
import { loadAccountOverview } from "@/lib/server/account/overview";
import { CONFIRM_WORDS } from "@/lib/server/account/delete-account";
import { NotificationPreferencesForm } from "@/components/account/notifications/notification-preferences-form";
import { PushToggle } from "@/components/account/notifications/push-toggle";
import { lastSentFor } from "@/lib/server/notification/last-sent";
import { getPreferences } from "@/lib/server/notification/preferences";
import { formats } from "@/lib/i18n/formats";
import { vapidKeys } from "@/lib/push/vapid";
import { enterCodeAction } from "../../invite/[code]/actions";
import {
  deletePushSubscriptionAction,
  saveNotificationPreferencesAction,
  savePushSubscriptionAction,
} from "./notification-actions";
import { deleteAccountAction, endSharingAction } from "./actions";
import { TwoFactorSection, type TwoFactorAudience } from "@/components/account/two-factor/two-factor-section";
import type { SessionUser } from "@/lib/auth/session";
import { startTwoFactorAction } from "./two-factor-actions";
import {
  changeEmailAction,
  changePasswordAction,
  changeTrainingDaysAction,
  resendVerificationAction,
  signOutEverywhereAction,
  updateProfileAction,
  updateRegistrationAction,
} from "./settings-actions";
import { DEFAULT_TIME_ZONE } from "@/lib/dates";
import { CardSection } from "@/components/ui/card-section";
import { card, primaryButtonLink } from "@/components/ui/styles";
import { PageHeader } from "@/components/ui/page-header";
import { toLocale } from "@/lib/i18n/routing";

const twoFactorActions = { start: startTwoFactorAction };

const settingsActions = {
  profile: updateProfileAction,
  registration: updateRegistrationAction,
  trainingDays: changeTrainingDaysAction,
  email: changeEmailAction,
  password: changePasswordAction,
  resend: resendVerificationAction,
  signOutEverywhere: signOutEverywhereAction,
};

function noticeOf(query: Record<string, string | string[] | undefined>): SettingsData["notice"] {
  if (query.error) return "linkFailed";
  if (query.verified === "1") return "verified";
  return query.saved === "profile" ? "profileSaved" : undefined;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/account">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "account" });
  return { title: t("title") };
}

const section = `${card} space-y-3`;

const audienceOf = (user: SessionUser): TwoFactorAudience =>
  user.role === "runner" ? "runner" : user.physioStatus === "approved" ? "physioRequired" : "physio";

export default async function AccountPage({ params, searchParams }: PageProps<"/[locale]/account">) {
  const { locale: raw } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const user = await requirePageUser(locale, "/account");
  const query = await searchParams;
  const { shared } = query;
  const t = await getTranslations("account");
  const db = getDb();
  const tn = await getTranslations("notify.prefs");
  const format = await getFormatter();
  const [current, devices, { planId, plan, physio, patients, registration }, preferences, lastSent] = await Promise.all(
    [
      getAuth().api.getSession({ headers: await headers() }),
      listDevices(db, user, undefined),
      loadAccountOverview(db, user),
      getPreferences(db, user.id),
      lastSentFor(db, user.id, user.role),
    ],
  );
  const timeZone = user.timeZone ?? DEFAULT_TIME_ZONE;
  const settings: SettingsData = {
    locale,
    email: user.email,
    emailVerified: Boolean(user.emailVerified),
    name: user.name,
    timeZone,
    timeZones: knownTimeZones.includes(timeZone) ? [...knownTimeZones] : [timeZone, ...knownTimeZones],
    trainingDays: plan ? toIntake(plan).trainingDays : undefined,
    devices: devices.map((d) => ({ ...d, isCurrent: d.id === current?.session.id })),
    registration,
    notice: noticeOf(query),
  };

  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} lead={t("lead")} />
      {shared === "1" && physio ? (
        <FormMessage tone="success" message={t("physio.sharedNow", { name: physio.name })} />
      ) : null}

      <CardSection id="details" title={t("details.title")} className={section}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t("details.name")}</dt>
          <dd className="min-w-0 break-words">{user.name}</dd>
          <dt className="font-semibold">{t("details.email")}</dt>
          <dd className="min-w-0 break-words">{user.email}</dd>
          <dt className="font-semibold">{t("details.type")}</dt>
          <dd>{t(`details.role.${user.role}`)}</dd>
        </dl>
      </CardSection>

      <AccountSettings data={settings} actions={settingsActions} />

      <div id="two-factor">
        <TwoFactorSection
          enabled={Boolean(user.twoFactorEnabled)}
          actions={twoFactorActions}
          audience={audienceOf(user)}
        />
      </div>

      <CardSection id="notifications" title={tn("title")} className={section}>
        <p className="text-muted">{tn("lead")}</p>
        <NotificationPreferencesForm
          role={user.role}
          timeZone={timeZone}
          preferences={preferences}
          action={saveNotificationPreferencesAction}
        />
        <PushToggle
          publicKey={vapidKeys()?.publicKey}
          save={savePushSubscriptionAction}
          remove={deletePushSubscriptionAction}
        />
        <section aria-labelledby="last-sent" className="space-y-1">
          <h3 id="last-sent" className="font-semibold">
            {tn("lastSent.title")}
          </h3>
          <ul className="text-muted" data-testid="last-sent">
            {lastSent.map(({ kind, at }) => (
              <li key={kind}>
                {at
                  ? tn(`lastSent.${kind}`, { at: format.dateTime(at, { ...formats.dateTime.instant, timeZone }) })
                  : tn("lastSent.none", { kind })}
              </li>
            ))}
          </ul>
        </section>
      </CardSection>

      {user.role === "runner" ? (
        <CardSection id="physio" title={t("physio.title")} className={section}>
          {physio ? (
            <>
              <p>
                <span className="font-semibold">{physio.name}</span> — {t("physio.sees")}
              </p>
              <EndSharingForm physioName={physio.name} action={endSharingAction} />
            </>
          ) : (
            <>
              <p>{planId ? t("physio.none") : t("physio.noPlan")}</p>
              <EnterCodeForm locale={locale} action={enterCodeAction} />
            </>
          )}
        </CardSection>
      ) : (
        <CardSection id="patients" title={t("patients.title")} className={section}>
          <p>{t("patients.count", { count: patients })}</p>
        </CardSection>
      )}

      <CardSection id="data" title={t("data.title")} className={section}>
        <p>{t("data.lead")}</p>
        <a href="/api/account/export" download="comeback-data.json" className={primaryButtonLink}>
          {t("data.download")}
        </a>
      </CardSection>

      <CardSection id="delete" title={t("delete.title")} className={section}>
        <p>{user.role === "physio" ? t("delete.leadPhysio") : t("delete.leadRunner")}</p>
        <DeleteAccountForm
          locale={locale}
          word={CONFIRM_WORDS[locale]}
          isPhysio={user.role === "physio"}
          action={deleteAccountAction}
        />
      </CardSection>
    </div>
  );
}
