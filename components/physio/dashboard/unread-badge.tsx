import { Link } from "@/lib/i18n/navigation";
import type { TranslateIn } from "@/lib/i18n/app-config";

type T = TranslateIn<"physio">;

// Unread messages from this patient, a link straight into the thread; nothing when all is read.
export function UnreadBadge({ planId, count, t }: { planId: string; count: number; t: T }) {
  if (count === 0) return null;
  return (
    <Link
      href={`/messages/${planId}`}
      className="mt-1 inline-flex min-h-8 items-center rounded-full bg-sky-700 px-3 text-sm font-semibold text-white hover:bg-sky-900"
    >
      {t("unreadMessages", { count })}
    </Link>
  );
}
