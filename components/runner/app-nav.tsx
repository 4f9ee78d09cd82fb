import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { NavLink } from "./nav-link";

const itemsByRole = {
  runner: [
    { href: "/today", key: "today" },
    { href: "/check-in", key: "checkIn" },
    { href: "/plan", key: "plan" },
    { href: "/progress", key: "progress" },
    { href: "/calendar", key: "calendar" },
    { href: "/messages", key: "messages" },
    { href: "/account", key: "account" },
  ],
  physio: [
    { href: "/physio", key: "patients" },
    { href: "/physio/invites", key: "invites" },
    { href: "/physio/rules", key: "rules" },
    { href: "/account", key: "account" },
  ],
} as const;

// Bottom navigation on a phone (thumb reach) in rows of whole words, one row on wider screens. A closed
// (discharged) plan takes no more check-ins, so its runner's menu has none. Messages only for a runner a
// physio follows (or followed): a self-guided runner has no one to write to.
export async function AppNav({
  role,
  closed = false,
  withMessages = true,
}: {
  role: "runner" | "physio";
  closed?: boolean;
  withMessages?: boolean;
}) {
  const t = await getTranslations("nav");
  const items = itemsByRole[role].filter(
    (item) => !(closed && item.key === "checkIn") && (withMessages || item.key !== "messages"),
  );
  return (
    <nav
      data-app-nav
      aria-label={t("label")}
      className="fixed inset-x-0 bottom-0 z-40 border-t border-brand-100 bg-white"
    >
      <ul
        className={`mx-auto grid max-w-3xl text-center text-xs [overflow-wrap:normal] sm:auto-cols-fr sm:grid-flow-col sm:grid-cols-none sm:text-sm ${role === "runner" ? "grid-cols-4" : "grid-cols-3"}`}
      >
        {items.map((item) => (
          <li key={item.href}>
            <NavLink href={item.href}>{t(item.key)}</NavLink>
          </li>
        ))}
        <li>
          {/* Asks before it signs out (the sign-out page). */}
          <NavLink href="/sign-out">{t("signOut")}</NavLink>
        </li>
      </ul>
      <Link href="/" className="sr-only">
        {t("home")}
      </Link>
    </nav>
  );
}
