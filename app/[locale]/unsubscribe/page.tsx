import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/routing";
import { readUnsubscribeToken } from "@/lib/mail/unsubscribe";
import { unsubscribeAction } from "./actions";
import { primaryButtonLink } from "@/components/ui/styles";

export async function generateMetadata({ params }: PageProps<"/[locale]/unsubscribe">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "settings" });
  return { title: t("unsubscribe.title"), robots: { index: false } };
}

// The unsubscribe link in a non-essential email. Opening it changes nothing (mail scanners open
// links); the button does, signed out.
export default async function UnsubscribePage({ params, searchParams }: PageProps<"/[locale]/unsubscribe">) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const { token, done } = await searchParams;
  const t = await getTranslations("settings.unsubscribe");
  const read = typeof token === "string" ? readUnsubscribeToken(token) : undefined;
  const category = read ? t(`categories.${read.category}`) : "";
  return (
    <div className="mx-auto max-w-md space-y-4 px-4 py-8">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      {!read ? (
        <p role="alert">{t("invalid")}</p>
      ) : done === "1" ? (
        <p role="status" className="rounded-lg bg-brand-50 p-3 font-medium text-brand-900">
          {t("done", { category })}
        </p>
      ) : (
        <form action={unsubscribeAction} className="space-y-4">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="token" value={String(token)} />
          <p>{t("confirm", { category })}</p>
          <button type="submit" className={primaryButtonLink}>
            {t("submit")}
          </button>
        </form>
      )}
    </div>
  );
}
