import { getFormatter, getTranslations } from "next-intl/server";
import { FormMessage } from "@/components/ui/form-message";
import type { Device } from "@/lib/server/account/devices";
import type { PhysioProfileRow } from "@/lib/server/physio/profile-queries";
import { ChangeEmailForm } from "./change-email-form";
import { ChangePasswordForm } from "./change-password-form";
import { ProfileForm } from "./profile-form";
import { RegistrationForm } from "./registration-form";
import { ResendVerificationForm } from "./resend-verification-form";
import { SignOutEverywhere } from "./sign-out-everywhere";
import { TrainingDaysForm } from "./training-days-form";
import type { FormAction } from "@/lib/http/action-result";
import { CardSection } from "@/components/ui/card-section";
import { card } from "@/components/ui/styles";

export type SettingsData = {
  locale: "en" | "nl";
  email: string;
  emailVerified: boolean;
  name: string;
  timeZone: string;
  timeZones: string[];
  trainingDays?: number[];
  devices: Device[];
  registration?: PhysioProfileRow;
  notice?: "verified" | "linkFailed" | "profileSaved";
};

export type SettingsActions = {
  profile: FormAction;
  registration: FormAction;
  trainingDays: FormAction;
  email: FormAction<string>;
  password: FormAction;
  resend: FormAction;
  signOutEverywhere: FormAction;
};

const section = `${card} space-y-3`;

// The account page's settings: each part its own small form, in the order people look for them.
export async function AccountSettings({ data, actions }: { data: SettingsData; actions: SettingsActions }) {
  const [t, tw, format] = await Promise.all([
    getTranslations("settings"),
    getTranslations("onboarding.days.weekdays"),
    getFormatter(),
  ]);
  const weekdays = (["1", "2", "3", "4", "5", "6", "7"] as const).map((value) => ({ value, label: tw(value) }));
  const reg = data.registration;
  return (
    <>
      {data.notice === "verified" ? <FormMessage tone="success" message={t("verification.verifiedNow")} /> : null}
      {data.notice === "linkFailed" ? <FormMessage message={t("verification.linkFailed")} /> : null}
      {data.notice === "profileSaved" ? <FormMessage tone="success" message={t("profile.saved")} /> : null}
      <CardSection className={section} id="verification" title={data.email}>
        <p>
          <span
            className={`rounded-full px-2 py-0.5 text-sm font-semibold ${data.emailVerified ? "bg-brand-50 text-brand-900" : "bg-amber-50 text-amber-900"}`}
          >
            {data.emailVerified ? t("verification.verified") : t("verification.unverified")}
          </span>
        </p>
        {data.emailVerified ? null : (
          <>
            <p>{t("verification.unverifiedBody")}</p>
            <ResendVerificationForm email={data.email} action={actions.resend} />
          </>
        )}
      </CardSection>
      {reg ? (
        <CardSection className={section} id="registration" title={t("registration.title")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{t("registration.big")}</dt>
            <dd className="font-mono">{reg.bigNumber}</dd>
            <dt className="font-semibold">{t("registration.practice")}</dt>
            <dd className="min-w-0 break-words">{reg.practice}</dd>
            <dt className="font-semibold">{t("registration.status")}</dt>
            <dd>{t(`registration.${reg.status}`)}</dd>
          </dl>
          {reg.status === "pending" ? (
            <>
              <p>{t("registration.pendingBody")}</p>
              <RegistrationForm bigNumber={reg.bigNumber} practice={reg.practice} action={actions.registration} />
            </>
          ) : null}
          {reg.status === "revoked" ? <p>{t("registration.revokedBody")}</p> : null}
        </CardSection>
      ) : null}
      <CardSection className={section} id="profile" title={t("profile.title")}>
        <ProfileForm
          name={data.name}
          locale={data.locale}
          timeZone={data.timeZone}
          timeZones={data.timeZones}
          nameLocked={reg?.status === "approved"}
          action={actions.profile}
        />
      </CardSection>
      {data.trainingDays ? (
        <CardSection className={section} id="days" title={t("days.title")}>
          <p>{t("days.lead")}</p>
          <TrainingDaysForm days={data.trainingDays} weekdays={weekdays} action={actions.trainingDays} />
        </CardSection>
      ) : null}
      <CardSection className={section} id="email" title={t("email.title")}>
        <p>{t("email.lead")}</p>
        <ChangeEmailForm action={actions.email} />
      </CardSection>
      <CardSection className={section} id="password" title={t("password.title")}>
        <ChangePasswordForm action={actions.password} />
      </CardSection>
      <CardSection className={section} id="devices" title={t("devices.title")}>
        <ul className="divide-y divide-brand-100">
          {data.devices.map((d) => (
            <li key={d.id} className="py-2">
              <span className="font-semibold">
                {[d.browser, d.system].filter(Boolean).join(" · ") || t("devices.unknown")}
              </span>
              {d.isCurrent ? (
                <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-sm text-brand-900">
                  {t("devices.thisDevice")}
                </span>
              ) : null}
              <span className="block text-sm text-muted">
                {t("devices.lastActive", {
                  date: format.dateTime(d.lastActive, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: data.timeZone,
                  }),
                })}
              </span>
            </li>
          ))}
        </ul>
        <SignOutEverywhere locale={data.locale} action={actions.signOutEverywhere} />
      </CardSection>
    </>
  );
}
