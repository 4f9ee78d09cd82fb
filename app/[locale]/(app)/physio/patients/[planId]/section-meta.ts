import { getTranslations } from "next-intl/server";
import type { PatientSection } from "@/components/physio/patient/patient-frame";
import { toLocale } from "@/lib/i18n/routing";

// The tab's name before the page's own, so a browser tab (and history) says which section it is.
export async function patientSectionMetadata(rawLocale: string, section: PatientSection) {
  const t = await getTranslations({ locale: toLocale(rawLocale), namespace: "patient" });
  return { title: section === "overview" ? t("metaTitle") : `${t(`sections.${section}`)} · ${t("metaTitle")}` };
}
