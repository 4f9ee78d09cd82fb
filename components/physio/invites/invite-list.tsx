import { getFormatter, getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/http/action-result";
import { formatInviteCode, type InviteListItem } from "@/lib/server/invite/invites";
import { RevokeInviteButton } from "./revoke-invite-button";
import { card } from "@/components/ui/styles";

type Props = {
  invites: InviteListItem[];
  timeZone: string;
  revoke: (prev: ActionResult | undefined, form: FormData) => Promise<ActionResult>;
};

const badge = {
  open: "bg-brand-100 text-brand-900",
  used: "bg-slate-100 text-slate-900",
  expired: "bg-amber-50 text-amber-900",
} as const;

// The physio's invites, newest first: open ones can be withdrawn, used ones say who accepted.
export async function InviteList({ invites, timeZone, revoke }: Props) {
  const t = await getTranslations("invite.list");
  const format = await getFormatter();
  // The physio's own zone: an invite that runs out at midnight UTC is still "today" where they are.
  const day = { format: (at: Date) => format.dateTime(at, "instantDay", { timeZone }) };
  if (invites.length === 0) return <p className="text-muted">{t("empty")}</p>;
  return (
    <ul className="space-y-3">
      {invites.map((invite) => {
        const code = formatInviteCode(invite.code);
        const detail =
          invite.status === "open"
            ? t("openUntil", { date: day.format(invite.expiresAt) })
            : invite.status === "used"
              ? t("usedBy", {
                  name: invite.usedByName ?? t("deletedAccount"),
                  date: day.format(invite.usedAt ?? invite.expiresAt),
                })
              : t("expiredOn", { date: day.format(invite.expiresAt) });
        return (
          <li key={invite.id} className={`flex flex-wrap items-center justify-between gap-3 ${card}`}>
            <div className="min-w-0">
              <p className="font-semibold break-words">{invite.patientName ?? t("patientUnnamed")}</p>
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-mono text-lg font-bold tracking-wider">{code}</span>
                <span className={`rounded-full px-2 py-0.5 text-sm font-semibold ${badge[invite.status]}`}>
                  {t(`status.${invite.status}`)}
                </span>
              </p>
              <p className="text-sm text-muted">
                {detail}
                {invite.hasIntake ? ` · ${t("withIntake")}` : ""}
                {invite.emailedAt ? ` · ${t("emailed")}` : ""}
              </p>
            </div>
            {invite.status === "open" ? <RevokeInviteButton inviteId={invite.id} code={code} action={revoke} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
