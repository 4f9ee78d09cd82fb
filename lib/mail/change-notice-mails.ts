// The notice to an account's address after its password or address changed, with a link to undo
// the change (lib/server/account/undo-change.ts). Essential, so no unsubscribe; a new address is
// shown masked, and no health data.
import type { MailContent } from "./compose";
import { sendMail, type MailRecipient } from "./send";
import { mailText } from "./texts";

export const UNDO_DAYS = 7;

export type ChangeKind = "email" | "password";

function maskAddress(address: string): string {
  const [local = "", domain = ""] = address.split("@");
  return `${local.slice(0, 1)}…@${domain}`;
}

function build(to: MailRecipient, kind: ChangeKind, url: string, newEmail?: string): MailContent {
  const t = mailText(to.locale);
  const name = to.name?.trim() || to.email;
  return {
    subject: t(`changed.${kind}Subject`),
    heading: t(`changed.${kind}Heading`),
    paragraphs: [
      t(`changed.${kind}Body`, { name, address: newEmail ? maskAddress(newEmail) : "" }),
      t("changed.notYou"),
      t("changed.expires", { days: UNDO_DAYS }),
    ],
    action: { label: t("changed.action"), url },
    footer: [t("footer")],
  };
}

export const sendChangeNoticeMail = (input: { to: MailRecipient; kind: ChangeKind; url: string; newEmail?: string }) =>
  sendMail({ to: input.to, content: build(input.to, input.kind, input.url, input.newEmail), category: "essential" });
