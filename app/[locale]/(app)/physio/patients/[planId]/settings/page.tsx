import { setRequestLocale } from "next-intl/server";
import { AuditLog } from "@/components/physio/patient/audit-log";
import { PatientFrame } from "@/components/physio/patient/patient-frame";
import { SettingsEditor } from "@/components/physio/patient/settings-editor";
import { PhysioChanges } from "@/components/runner/physio-changes";
import { CardSection } from "@/components/ui/card-section";
import { card } from "@/components/ui/styles";
import type { TranslateIn } from "@/lib/i18n/app-config";
import { getDataText } from "@/lib/i18n/server-text";
import { changeSettingsAction } from "../actions";
import { loadPatientForPage } from "../load-patient";
import { patientSectionMetadata } from "../section-meta";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/patients/[planId]/settings">) {
  return patientSectionMetadata((await params).locale, "settings");
}

// The plan's settings (gates, tolerance, approvals), what the physio changed (as the runner sees it) and
// the audit log.
export default async function PatientSettingsPage({
  params,
}: PageProps<"/[locale]/physio/patients/[planId]/settings">) {
  const { locale: raw, planId } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const patient = await loadPatientForPage(locale, planId, `/physio/patients/${planId}/settings`, ["changes", "audit"]);
  const { t: root, date } = await getDataText();
  const t: TranslateIn<"patient"> = (key, p) => root(`patient.${key}`, p);
  const { plan } = patient;

  return (
    <PatientFrame patient={patient} section="settings">
      <div className="grid gap-5 lg:grid-cols-2 lg:items-start">
        <div className="min-w-0 space-y-5">
          {plan.row.dischargedOn ? null : (
            <CardSection titleClassName="mb-3 text-xl font-bold" id="settings" title={t("settings.title")}>
              <SettingsEditor
                planId={patient.planId}
                settings={patient.settings}
                tissue={patient.intake.tissue}
                save={changeSettingsAction}
              />
            </CardSection>
          )}
          <PhysioChanges
            changes={patient.changes}
            t={root}
            date={date}
            title={t("changes.titlePhysio")}
            locale={locale}
          />
        </div>
        <CardSection
          className={`${card} min-w-0`}
          titleClassName="mb-3 text-xl font-bold"
          id="audit"
          title={t("audit.title")}
        >
          <AuditLog entries={patient.audit} t={t} date={date} />
        </CardSection>
      </div>
    </PatientFrame>
  );
}
