import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SiteHeader } from "@/components/ui/site-header";
import { publicBaseUrl } from "@/lib/http/public-url";
import { routing } from "@/lib/i18n/routing";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    metadataBase: new URL(publicBaseUrl()),
    // WCAG 2.4.2: each page sets its own title; the template adds the app's name after it.
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    manifest: `/${locale}/manifest.webmanifest`,
    appleWebApp: { capable: true, title: t("shortName"), statusBarStyle: "default" },
    openGraph: {
      siteName: "Comeback",
      title: t("title"),
      description: t("description"),
      locale,
      type: "website",
      images: [{ url: "/icons/icon-512.png", width: 512, height: 512 }],
    },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0d6649" };

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
        >
          {t("skipToContent")}
        </a>
        <ClientMessages>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </ClientMessages>
      </body>
    </html>
  );
}
