import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FormatLocaleProvider } from "@/components/i18n/regional-format";
import { OfflineSupport } from "@/components/offline/offline-support";
import { PendingCheckIns } from "@/components/offline/pending-check-ins";
import { AppNav } from "@/components/runner/app-nav";
import { HideDuringOnboarding } from "@/components/runner/hide-during-onboarding";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getFormatLocale } from "@/lib/i18n/server-text";
import { runnerMenuState } from "@/lib/server/plan/load-plan";

// The signed-in area. Each page guards itself (and sends visitors to sign in, back to that page).
export default async function AppLayout({ children }: { children: ReactNode }) {
  const current = await getSessionUser();
  const t = await getTranslations("nav");
  const { closed, withMessages } =
    current?.role === "runner" ? await runnerMenuState(getDb(), current.id) : { closed: false, withMessages: false };
  // Dates drawn in the browser take the same regional order as the server's (useRegionalFormatter).
  const formatLocale = await getFormatLocale();
  return (
    <FormatLocaleProvider formatLocale={formatLocale}>
      <div className={`mx-auto px-4 pb-24 ${current?.role === "physio" ? "max-w-6xl" : "max-w-3xl"}`}>
        {current ? <p className="sr-only">{t("signedInAs", { name: current.name })}</p> : null}
        {current?.role === "runner" ? (
          <ClientMessages namespaces={["offline"]}>
            <OfflineSupport />
            <PendingCheckIns userId={current.id} />
          </ClientMessages>
        ) : null}
        {children}
        {current ? (
          <HideDuringOnboarding>
            <AppNav role={current.role} closed={closed} withMessages={withMessages} />
          </HideDuringOnboarding>
        ) : null}
      </div>
    </FormatLocaleProvider>
  );
}
