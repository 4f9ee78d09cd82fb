// The account emails better-auth asks for (lib/auth/auth.ts): all essential, so no unsubscribe.
// They carry a name and a link, never health data.
import { appBaseUrl } from "./config";
import type { MailContent } from "./compose";
import { sendMail, type MailRecipient } from "./send";
import { mailText } from "./texts";

export const VERIFY_HOURS = 24;
export const RESET_MINUTES = 30;

type Common = { to: MailRecipient; url: string };

function build(to: MailRecipient, kind: "verify" | "changeEmail" | "reset" | "exists", url: string): MailContent {
  const t = mailText(to.locale);
  const name = to.name?.trim() || to.email;
  const expires =
    kind === "reset"
      ? [t("reset.expires", { minutes: RESET_MINUTES })]
      : kind === "exists"
        ? []
        : [t("verify.expires", { hours: VERIFY_HOURS })];
  const paragraphs = [t(`${kind}.body`, { name }), ...(kind === "exists" ? [t("exists.signIn")] : []), ...expires];
  return {
    subject: t(`${kind}.subject`),
    heading: t(`${kind}.heading`),
    paragraphs,
    action: { label: t(`${kind}.action`), url },
    footer: [t("ignore"), t("footer")],
  };
}

export const sendVerificationMail = ({ to, url }: Common) =>
  sendMail({ to, content: build(to, "verify", url), category: "essential" });
export const sendChangeEmailMail = ({ to, url }: Common) =>
  sendMail({ to, content: build(to, "changeEmail", url), category: "essential" });
export const sendResetMail = ({ to, url }: Common) =>
  sendMail({ to, content: build(to, "reset", url), category: "essential" });

// Sign-up with an address that has an account: the owner hears about it, the visitor sees the same
// "check your email" as a new sign-up would.
export const sendExistingAccountMail = ({ to }: { to: MailRecipient }) =>
  sendMail({ to, content: build(to, "exists", `${appBaseUrl()}/${to.locale}/forgot-password`), category: "essential" });
