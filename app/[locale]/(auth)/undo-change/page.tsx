import { getTranslations, setRequestLocale } from "next-intl/server";
import { UndoChangeForm } from "@/components/auth/undo-change-form";
import { toLocale } from "@/lib/i18n/routing";
import { undoAccountChangeAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/undo-change">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "auth" });
  return { title: t("undo.title"), robots: { index: false } };
}

// The link in a change notice: a page with one button; the token travels in a hidden field.
export default async function UndoChangePage({ params, searchParams }: PageProps<"/[locale]/undo-change">) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const { token } = await searchParams;
  const t = await getTranslations("auth.undo");
  const usable = typeof token === "string" && /^[A-Za-z0-9_-]{40,64}$/.test(token);
  return (
    <div className="mx-auto max-w-md space-y-4 px-4 py-8">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      {usable ? (
        <>
          <p>{t("lead")}</p>
          <UndoChangeForm token={token} action={undoAccountChangeAction} />
        </>
      ) : (
        <p role="alert">{t("invalid")}</p>
      )}
    </div>
  );
}
