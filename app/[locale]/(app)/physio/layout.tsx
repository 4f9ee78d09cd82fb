import { redirect } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TWO_STEP_ENROLMENT_PATH } from "@/lib/http/page-guard";
import { needsTwoStepEnrolment } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";

// Every physio page guards itself too; this sends an approved physio without two-step sign-in to set
// it up before any of them renders.
export default async function Layout({ children, params }: LayoutProps<"/[locale]/physio">) {
  const { locale } = await params;
  const current = await getSessionUser();
  if (current && needsTwoStepEnrolment(current)) redirect(`/${locale}${TWO_STEP_ENROLMENT_PATH}`);
  return <ClientMessages namespaces={["physio"]}>{children}</ClientMessages>;
}
