import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requirePhysio } from "@/lib/http/page-guard";
import { citations, clinicalRules } from "@/lib/engine";
import { planDay } from "@/lib/i18n/formats";
import { card } from "@/components/ui/styles";
import type { Messages } from "@/lib/i18n/app-config";
import { toLocale } from "@/lib/i18n/routing";

// Rule ids are the engine's; tests/i18n/messages.test.ts checks that each has a name and text in both languages.
type RuleId = keyof Messages["rules"];

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/rules">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "rulesPage" });
  return { title: t("title") };
}

// The engine's clinical rules as a physio reads them. The list, its sources and defaults come from
// `clinicalRules` (the same table as lib/engine/README.md, tested against it); the words per rule
// from the `rules` messages. One source, so this page cannot drift from what the engine does.
export default async function RulesPage({ params }: PageProps<"/[locale]/physio/rules">) {
  const { locale: raw } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  await requirePhysio(locale, "/physio/rules");
  const [t, rule, format] = await Promise.all([getTranslations("rulesPage"), getTranslations("rules"), getFormatter()]);
  return (
    <div className="space-y-5 pt-6">
      <header>
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("lead")}</p>
      </header>
      <ol className="space-y-3">
        {clinicalRules.map((r) => (
          <li key={r.id} id={`rule-${r.id}`} className={card}>
            <h2 className="text-lg font-bold">{rule(`${r.id as RuleId}.name`)}</h2>
            <p className="mt-1">{rule(`${r.id as RuleId}.text`)}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="font-semibold">{t("default")}</dt>
              {/* The engine's defaults in the reader's words (rules.json; tests/engine/rules.test.ts keeps them
                  in step with the engine's table). */}
              <dd className="min-w-0 break-words">{rule(`${r.id as RuleId}.defaults`)}</dd>
              <dt className="font-semibold">{t("sources", { count: r.sources.length })}</dt>
              <dd className="min-w-0 break-words">
                <ul className="space-y-1">
                  {r.sources.map((id) => {
                    const c = citations[id];
                    return (
                      <li key={id}>
                        {c.kind === "journal"
                          ? t("citation", {
                              authors: c.authors,
                              year: c.year,
                              journal: c.journal,
                              reference: c.reference,
                            })
                          : t("article", {
                              authors: c.authors,
                              title: c.title,
                              date: format.dateTime(planDay(c.publishedOn), "dayLong"),
                            })}
                      </li>
                    );
                  })}
                </ul>
              </dd>
            </dl>
          </li>
        ))}
      </ol>
      <p className="text-sm text-muted">{t("footer")}</p>
    </div>
  );
}
