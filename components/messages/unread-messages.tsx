import { Link } from "@/lib/i18n/navigation";
import type { Translate } from "@/lib/i18n/app-config";

type T = Translate;

// The runner's way into the thread from Today: loud when the physio wrote, quiet otherwise.
export function UnreadMessages({ count, t }: { count: number; t: T }) {
  return (
    <Link
      href="/messages"
      className={`flex min-h-12 items-center justify-between gap-3 rounded-lg px-4 font-semibold ${count > 0 ? "bg-sky-50 text-sky-900 ring-2 ring-sky-700" : "border border-brand-100 bg-white text-brand-900"}`}
    >
      <span>{count > 0 ? t("messages.todayUnread", { count }) : t("messages.todayRead")}</span>
      <span aria-hidden="true">→</span>
    </Link>
  );
}
