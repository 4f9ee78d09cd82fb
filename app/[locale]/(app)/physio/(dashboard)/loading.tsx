// The loading state wraps the dashboard only, so a patient page can still answer a real 404.
import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations("physio");
  return (
    <div role="status" className="space-y-3 pt-6">
      <p className="font-medium text-muted">{t("loading")}</p>
      {[0, 1, 2, 3].map((i) => (
        <div key={i} aria-hidden="true" className="h-24 animate-pulse rounded-xl border border-brand-100 bg-brand-50" />
      ))}
    </div>
  );
}
