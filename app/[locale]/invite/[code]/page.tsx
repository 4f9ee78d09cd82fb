import type { ReactNode } from "react";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AcceptInviteForm } from "@/components/account/accept-invite-form";
import { AuthForm } from "@/components/auth/auth-form";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { clientIpOf } from "@/lib/security/client-address";
import { assertInviteGuessesLeft, countInviteMiss } from "@/lib/security/invite-guard";
import { formatInviteCode, previewInvite } from "@/lib/server/invite/invites";
import { acceptInviteAction, inviteSignUpAction } from "./actions";
import { card, primaryButtonLink } from "@/components/ui/styles";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/invite/[code]">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "invite" });
  const meta = await getTranslations({ locale: toLocale(locale), namespace: "meta" });
  // A link preview in a chat app shows this: nothing about the runner, the physio or the injury.
  const openGraph = {
    title: meta("inviteTitle"),
    description: meta("inviteDescription"),
    images: [{ url: "/icons/icon-512.png", width: 512, height: 512 }],
  };
  return { title: t("accept.metaTitle"), robots: { index: false }, openGraph };
}

const linkClass = "font-semibold text-brand-700 underline";

function Shell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      {children}
    </div>
  );
}

// The page an invite link opens. It works signed out (it explains, then offers sign-up or sign-in
// and comes back here) and never fails on a bad code: each state has its own plain explanation.
export default async function InvitePage({ params }: PageProps<"/[locale]/invite/[code]">) {
  const { locale: raw, code: rawCode } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const viewer = await getSessionUser();
  const [t, ta, te, ts] = await Promise.all([
    getTranslations("invite"),
    getTranslations("auth"),
    getTranslations("errors"),
    getTranslations("settings"),
  ]);
  // Wrong codes are counted (lib/security/invite-guard.ts); past the limit no code is looked up.
  const source = { ip: clientIpOf(await headers()), userId: viewer?.id };
  const limited = await assertInviteGuessesLeft(getDb(), source).then(
    () => undefined,
    (error: unknown) => {
      if (isAppError(error) && error.code === "TOO_MANY_REQUESTS") return Number(error.details?.minutes ?? 15);
      throw error;
    },
  );
  if (limited !== undefined) {
    return (
      <Shell title={t("accept.notFoundTitle")}>
        <p role="alert">{te("inviteLimited", { minutes: limited })}</p>
      </Shell>
    );
  }
  const preview = await previewInvite(getDb(), viewer, decodeURIComponent(rawCode).slice(0, 40));

  if (preview.status === "invalid" || preview.status === "notFound") {
    await countInviteMiss(getDb(), source);
    return (
      <Shell title={t("accept.notFoundTitle")}>
        <p>{t(preview.status === "invalid" ? "accept.invalidBody" : "accept.notFoundBody")}</p>
        <Link href={viewer ? "/account" : "/"} className={linkClass}>
          {viewer ? t("accept.toAccount") : t("accept.toHome")}
        </Link>
      </Shell>
    );
  }

  const name = preview.physioName;
  const here = `/${locale}/invite/${preview.code}`;
  if (preview.viewer?.linkedHere) {
    return (
      <Shell title={t("accept.alreadyTitle", { name })}>
        <p>{t("accept.alreadyBody", { name })}</p>
        <Link href="/account" className={linkClass}>
          {t("accept.toAccount")}
        </Link>
      </Shell>
    );
  }

  if (preview.status !== "open") {
    return (
      <Shell title={t(preview.status === "expired" ? "accept.expiredTitle" : "accept.usedTitle")}>
        <p>{t(preview.status === "expired" ? "accept.expiredBody" : "accept.usedBody", { name })}</p>
        <Link href={viewer ? "/account" : "/"} className={linkClass}>
          {viewer ? t("accept.toAccount") : t("accept.toHome")}
        </Link>
      </Shell>
    );
  }

  const sees = (
    <section aria-labelledby="sees-title" className={card}>
      <h2 id="sees-title" className="text-lg font-bold text-brand-900">
        {t("accept.seesTitle", { name })}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>{t("accept.seesYes")}</li>
        <li>{t("accept.seesChanges")}</li>
        <li>{t("accept.seesNo")}</li>
        <li>{t("accept.seesEnd")}</li>
      </ul>
    </section>
  );
  const intro = (
    <>
      {preview.patientName ? (
        <p className="font-semibold">{t("accept.forPatient", { name: preview.patientName })}</p>
      ) : null}
      <p className="text-lg">
        {t("accept.lead", { name })}{" "}
        <span className="font-mono font-semibold whitespace-nowrap">{formatInviteCode(preview.code)}</span>
      </p>
      <p className="flex flex-wrap items-center gap-2">
        <span className="min-w-0 break-words">{preview.physioPractice}</span>
        <span className="rounded-full bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-900">
          ✓ {ts("invite.verified")}
        </span>
      </p>
    </>
  );

  if (!viewer) {
    return (
      <Shell title={t("accept.title", { name })}>
        {intro}
        {sees}
        <section aria-labelledby="signup-title" className="space-y-3">
          <h2 id="signup-title" className="text-xl font-bold text-brand-900">
            {t("accept.signUpTitle")}
          </h2>
          <p className="text-muted">{t("accept.signUpLead")}</p>
          <AuthForm mode="signup" locale={locale} next={here} action={inviteSignUpAction} />
        </section>
        <p>
          {ta("haveAccount")}{" "}
          <Link href={`/signin?next=${encodeURIComponent(here)}`} className={linkClass}>
            {t("accept.signInLink")}
          </Link>
        </p>
      </Shell>
    );
  }

  if (viewer.role === "physio") {
    return (
      <Shell title={t("accept.title", { name })}>
        <p role="alert" className="rounded-lg bg-amber-50 p-3 text-amber-900">
          {t("accept.physioViewer")}
        </p>
      </Shell>
    );
  }

  const v = preview.viewer!;
  if (!v.hasPlan && !preview.hasIntake) {
    return (
      <Shell title={t("accept.title", { name })}>
        {intro}
        {sees}
        <section
          aria-labelledby="first-title"
          className="space-y-3 rounded-xl border-2 border-brand-700 bg-brand-50 p-4"
        >
          <h2 id="first-title" className="text-lg font-bold text-brand-900">
            {t("accept.needPlanTitle")}
          </h2>
          <ol className="list-decimal space-y-1 pl-5">
            <li>{t("accept.needPlanStep1")}</li>
            <li>{t("accept.needPlanStep2", { code: formatInviteCode(preview.code) })}</li>
          </ol>
          <Link href="/onboarding" className={primaryButtonLink}>
            {t("accept.needPlanButton")}
          </Link>
        </section>
      </Shell>
    );
  }

  return (
    <Shell title={t("accept.title", { name })}>
      {intro}
      {sees}
      {preview.hasIntake ? <p>{t(v.hasPlan ? "accept.intakeIgnored" : "accept.intakeUsed", { name })}</p> : null}
      <AcceptInviteForm
        code={preview.code}
        locale={locale}
        physioName={name}
        currentPhysioName={v.linkedHere ? null : v.currentPhysioName}
        action={acceptInviteAction}
      />
    </Shell>
  );
}
