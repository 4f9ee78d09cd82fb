import { getTranslations } from "next-intl/server";
import { planDay } from "@/lib/i18n/formats";
import { getRegionalFormatter } from "@/lib/i18n/server-text";
import type { Progress } from "@/lib/server/plan/progress";
import { card } from "@/components/ui/styles";

// The phase transitions as a dated list: plain text, so it needs no chart to be read.
export async function PhaseList({ phases }: { phases: Progress["phases"] }) {
  const [t, format] = await Promise.all([getTranslations("progress"), getRegionalFormatter()]);
  const long = (iso: string) => format.dateTime(planDay(iso), "weekday");
  return (
    <section aria-labelledby="phases-title" className={card}>
      <h2 id="phases-title" className="text-xl font-bold text-brand-900">
        {t("phases.title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("phases.lead")}</p>
      <ol className="mt-3 space-y-3 border-l-2 border-brand-100 pl-4">
        {phases.map((phase) => (
          <li key={`${phase.phase}-${phase.startedOn}`}>
            <p className="font-semibold">
              {t("phases.item", { phase: phase.phase, name: t(`phases.name.${phase.phase}` as "phases.name.1") })}
            </p>
            <p className="text-sm text-muted">
              <time dateTime={phase.startedOn}>{long(phase.startedOn)}</time> ·{" "}
              {t(`phases.via.${phase.via}` as "phases.via.start")}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
