// Two emails about the physio side that carry no health data: a physio's invite to a patient (the
// physio's name and practice, the patient's name as the physio wrote it, the code and link) and the
// "your registration is approved" email with what to do next. Both essential: no unsubscribe.
import { appBaseUrl } from "./config";
import type { MailContent } from "./compose";
import type { MailLocale } from "./texts";
import { mailText } from "./texts";

export function inviteMailContent(input: {
  locale: MailLocale;
  physioName: string;
  physioPractice: string;
  patientName: string | null;
  code: string;
  days: number;
}): MailContent {
  const t = mailText(input.locale);
  const physio = input.physioPractice ? `${input.physioName} (${input.physioPractice})` : input.physioName;
  const url = `${appBaseUrl()}/${input.locale}/invite/${input.code}`;
  const formatted = `${input.code.slice(0, 4)}-${input.code.slice(4, 8)}-${input.code.slice(8)}`;
  return {
    subject: t("invite.subject", { physio: input.physioName }),
    heading: t("invite.heading"),
    paragraphs: [
      input.patientName ? t("invite.greetingNamed", { name: input.patientName }) : t("invite.greeting"),
      t("invite.body", { physio }),
      t("invite.code", { code: formatted, days: input.days }),
    ],
    action: { label: t("invite.action"), url },
    footer: [t("invite.footer", { physio: input.physioName })],
  };
}

export function physioApprovedContent(to: { email: string; name?: string; locale: MailLocale }): MailContent {
  const t = mailText(to.locale);
  return {
    subject: t("physioApproved.subject"),
    heading: t("physioApproved.heading"),
    paragraphs: [
      t("physioApproved.body", { name: to.name?.trim() || to.email }),
      t("physioApproved.twoStep"),
      t("physioApproved.invite"),
    ],
    action: { label: t("physioApproved.action"), url: `${appBaseUrl()}/${to.locale}/signin` },
    footer: [t("footer")],
  };
}
