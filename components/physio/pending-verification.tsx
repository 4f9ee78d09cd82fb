import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// What a physio sees before an operator checked their registration (or after it was revoked):
// what is going on and what they can do meanwhile, instead of an empty or broken page.
export async function PendingVerification({ status, title }: { status: "pending" | "revoked"; title: string }) {
  const t = await getTranslations("settings.registration");
  return (
    <div className="space-y-4">
      <header className="pt-6">
        <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      </header>
      <section
        aria-labelledby="pending-title"
        className="space-y-2 rounded-xl border-2 border-amber-300 bg-amber-50 p-4"
      >
        <h2 id="pending-title" className="text-lg font-bold text-amber-950">
          {status === "pending" ? t("pendingTitle") : t("revoked")}
        </h2>
        <p className="text-amber-950">{status === "pending" ? t("pendingBody") : t("revokedBody")}</p>
        <Link href="/account" className="font-semibold text-brand-700 underline">
          {t("title")}
        </Link>
      </section>
    </div>
  );
}
