// "Someone tried to sign in to your account": sent when wrong passwords lock an account's sign-in
// (lib/security/sign-in-lock-notice.ts). Essential, so no unsubscribe; a name and a link, nothing else.
import { appBaseUrl } from "./config";
import type { MailContent } from "./compose";
import type { MailRecipient } from "./send";
import { mailText } from "./texts";

export function signInLockedContent(to: MailRecipient): MailContent {
  const t = mailText(to.locale);
  return {
    subject: t("signInLocked.subject"),
    heading: t("signInLocked.heading"),
    paragraphs: [
      t("signInLocked.body", { name: to.name?.trim() || to.email }),
      t("signInLocked.wasYou"),
      t("signInLocked.notYou"),
    ],
    action: { label: t("signInLocked.action"), url: `${appBaseUrl()}/${to.locale}/forgot-password` },
    footer: [t("footer")],
  };
}
