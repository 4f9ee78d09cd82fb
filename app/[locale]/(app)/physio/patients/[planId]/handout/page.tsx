import { getTranslations, setRequestLocale } from "next-intl/server";
import { HandoutExercise } from "@/components/physio/handout/handout-exercise";
import { HandoutRuns } from "@/components/physio/handout/handout-runs";
import { PrintButton } from "@/components/physio/patient/print-button";
import { A4_PRINT_CSS } from "@/components/physio/patient/print-css";
import { textLink } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getExercise } from "@/lib/engine";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import { physioContact } from "@/lib/server/physio/physio-contact";
import { planRunsAhead } from "@/lib/server/plan/runs-ahead";
import { loadPatientForPage } from "../load-patient";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/patients/[planId]/handout">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "program" });
  return { title: t("title") };
}

// The patient's program on A4, to hand over or send as a PDF: who to contact, each exercise with its
// picture, dose, how to do it and what to watch, and the runs of the next two weeks (or, before
// phase 4, when running is expected to start again). Black on white, an exercise never split over pages.
export default async function HandoutPage({ params }: PageProps<"/[locale]/physio/patients/[planId]/handout">) {
  const { locale: raw, planId } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  // The page guard lets only the linked physio through (anyone else gets a 404).
  const patient = await loadPatientForPage(locale, planId, `/physio/patients/${planId}/handout`);
  const [{ t, date }, contact] = await Promise.all([
    getDataText(),
    physioContact(getDb(), await requireUser("physio")),
  ]);
  const phase = patient.state.phase;
  // The program of the phase the patient is in; in a phase without exercises, the next one.
  const slots = patient.programs.filter((s) => s.phase === phase);
  const shown = slots.length > 0 ? slots : patient.programs.filter((s) => s.phase > phase).slice(0, 1);
  const runs = phase === 4 && !patient.plan.row.dischargedOn ? planRunsAhead(patient.plan, patient.today) : [];

  return (
    <div className="space-y-4 bg-white pt-4 text-black print:pt-0">
      <style>{A4_PRINT_CSS}</style>
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
      <section
        aria-labelledby="handout-contact"
        className="break-inside-avoid rounded border border-slate-300 p-3"
        data-testid="handout-contact"
      >
        <h2 id="handout-contact" className="text-lg font-bold">
          {t("program.handout.contactTitle")}
        </h2>
        <p className="text-sm">{t("program.handout.contactLead")}</p>
        <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3">
          <dt>{t("program.handout.contactName")}</dt>
          <dd className="font-semibold break-words">{contact.name}</dd>
          {contact.practice ? (
            <>
              <dt>{t("program.handout.contactPractice")}</dt>
              <dd className="font-semibold break-words">{contact.practice}</dd>
            </>
          ) : null}
          <dt>{t("program.handout.contactEmail")}</dt>
          <dd className="font-semibold break-all">
            <a href={`mailto:${contact.email}`} className="underline">
              {contact.email}
            </a>
          </dd>
        </dl>
      </section>
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
            {t("program.slotName", { session: t(`program.session.${slot.purpose}`), phase: slot.phase })}
          </h2>
          {slot.instruction ? (
            <p className="rounded border border-slate-300 p-2 font-medium">
              {t("program.instructionFromPhysio", { text: slot.instruction })}
            </p>
          ) : null}
          <ol className="space-y-3">
            {slot.items.map((item, i) => {
              const exercise = getExercise(item.exerciseId);
              return exercise ? (
                <HandoutExercise
                  key={item.exerciseId}
                  index={i + 1}
                  exercise={exercise}
                  item={item}
                  locale={locale}
                  t={t}
                />
              ) : null;
            })}
          </ol>
        </section>
      ))}
      <HandoutRuns phase={phase} runs={runs} phase4StartOn={patient.state.projection.phase4StartOn} t={t} date={date} />
    </div>
  );
}
