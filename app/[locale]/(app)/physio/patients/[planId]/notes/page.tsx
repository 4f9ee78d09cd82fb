import { setRequestLocale } from "next-intl/server";
import { NoteForm } from "@/components/physio/patient/note-form";
import { PatientFrame } from "@/components/physio/patient/patient-frame";
import { CardSection } from "@/components/ui/card-section";
import { buttonLink } from "@/components/ui/styles";
import type { TranslateIn } from "@/lib/i18n/app-config";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import { addNoteAction } from "../actions";
import { loadPatientForPage } from "../load-patient";
import { patientSectionMetadata } from "../section-meta";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/patients/[planId]/notes">) {
  return patientSectionMetadata((await params).locale, "notes");
}

// The physio's notes (for the patient or for the file only) and the way to the message thread.
export default async function PatientNotesPage({ params }: PageProps<"/[locale]/physio/patients/[planId]/notes">) {
  const { locale: raw, planId } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const patient = await loadPatientForPage(locale, planId, `/physio/patients/${planId}/notes`, ["notes"]);
  const { t: root, date } = await getDataText();
  const t: TranslateIn<"patient"> = (key, p) => root(`patient.${key}`, p);
  const discharged = patient.plan.row.dischargedOn;

  return (
    <PatientFrame patient={patient} section="notes">
      <p>
        <Link href={`/messages/${patient.planId}`} className={buttonLink}>
          {root("messages.openThread")}
        </Link>
      </p>
      <CardSection titleClassName="mb-3 text-xl font-bold" id="notes" title={t("notes.title")}>
        {discharged ? null : <NoteForm planId={patient.planId} save={addNoteAction} />}
        {patient.notes.length > 0 ? (
          <ol className="mt-4 divide-y divide-slate-200">
            {patient.notes.map((n) => (
              <li key={n.id} className="py-2">
                <p className="mb-1">
                  <span
                    className={`rounded px-2 py-0.5 text-xs font-semibold ${n.visibility === "patient" ? "bg-brand-50 text-brand-900" : "bg-slate-100 text-slate-800"}`}
                  >
                    {t(`notes.badge.${n.visibility}`)}
                  </span>
                </p>
                <p className="whitespace-pre-line">{n.body}</p>
                <p className="text-sm text-muted">
                  {n.authorName ?? ""} · <time dateTime={n.createdAt}>{date(n.createdAt.slice(0, 10), "dayLong")}</time>
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-3 text-muted">{t("notes.none")}</p>
        )}
      </CardSection>
    </PatientFrame>
  );
}
