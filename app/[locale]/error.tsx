"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// Anything unexpected (the database briefly unreachable, say): a plain message and a retry, never a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="mx-auto max-w-xl px-4 py-16" role="alert">
      <h1 className="text-2xl font-bold text-brand-900">{t("pageTitle")}</h1>
      <p className="mt-2 text-muted">{t("pageBody")}</p>
      <Button type="button" className="mt-6" onClick={() => reset()}>
        {t("retry")}
      </Button>
    </div>
  );
}
