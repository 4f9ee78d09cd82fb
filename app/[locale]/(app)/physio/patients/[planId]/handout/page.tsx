import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintButton } from "@/components/physio/patient/print-button";
import { doseParts } from "@/components/exercise/dose-text";
import { getExercise } from "@/lib/engine";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import { loadPatientForPage } from "../load-patient";
import { A4_PRINT_CSS } from "@/components/physio/patient/print-css";
import { textLink } from "@/components/ui/styles";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/patients/[planId]/handout">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === "nl" ? "nl" : "en", namespace: "program" });
  return { title: t("title") };
}

// The patient's program on A4, to hand over or send as a PDF: each exercise with its dose,
// how to do it and what to watch. No navigation, black on white, an exercise never split over pages.
const printCss = A4_PRINT_CSS;

export default async function HandoutPage({ params }: PageProps<"/[locale]/physio/patients/[planId]/handout">) {
  const { locale: raw, planId } = await params;
  const locale = raw === "nl" ? "nl" : "en";
  setRequestLocale(locale);
  const patient = await loadPatientForPage(locale, planId, `/physio/patients/${planId}/handout`);
  const { t, date } = await getDataText();
  const phase = patient.state.phase;
  // The program of the phase the patient is in; in phase 1 (no exercises yet) the next one.
  const slots = patient.programs.filter((s) => s.phase === phase);
  const shown = slots.length > 0 ? slots : patient.programs.filter((s) => s.phase > phase).slice(0, 1);

  return (
    <div className="space-y-4 bg-white pt-4 text-black print:pt-0">
      <style>{printCss}</style>
      <div data-skip-print className="flex flex-wrap items-center justify-between gap-2">
        <Link href={`/physio/patients/${patient.planId}`} className={textLink}>
          {t("program.handout.back")}
        </Link>
        <PrintButton label={t("program.handout.print")} />
      </div>
      <header>
        <h1 className="text-2xl font-bold">{t("program.handout.title", { name: patient.name })}</h1>
        <p>{t("program.handout.lead")}</p>
        <p className="text-sm">{t("program.handout.printed", { date: date(patient.today, "dayLong") })}</p>
      </header>
      {shown.map((slot) => (
        <section
          key={`${slot.phase}-${slot.sessionKind}`}
          aria-labelledby={`handout-${slot.phase}-${slot.sessionKind}`}
          className="space-y-3"
        >
          <h2
            id={`handout-${slot.phase}-${slot.sessionKind}`}
            className="border-b border-slate-300 pb-1 text-xl font-bold"
          >
            {t("program.slotName", { session: t(`program.session.${slot.sessionKind}`), phase: slot.phase })}
          </h2>
          {slot.instruction ? (
            <p className="rounded border border-slate-300 p-2 font-medium">
              {t("program.instructionFromPhysio", { text: slot.instruction })}
            </p>
          ) : null}
          <ol className="space-y-3">
            {slot.items.map((item, i) => {
              const exercise = getExercise(item.exerciseId);
              if (!exercise) return null;
              return (
                <li key={item.exerciseId} className="break-inside-avoid rounded border border-slate-300 p-3">
                  <h3 className="text-lg font-bold">
                    {i + 1}. {exercise.name[locale]}
                  </h3>
                  <p className="font-semibold">{doseParts(item.dose, t).join(" · ")}</p>
                  <p className="mt-1">{exercise.how[locale]}</p>
                  <p className="mt-1 text-sm">
                    <span className="font-semibold">{t("today.watch")}: </span>
                    {exercise.watch[locale]}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
