import { notFound } from "next/navigation";
import { connection } from "next/server";
import { setRequestLocale } from "next-intl/server";
import { DecisionCard } from "@/components/runner/decision-card";
import { SessionCard } from "@/components/runner/session-card";
import {
  DecisionAction,
  engineMessageKeys,
  exerciseLibrary,
  type Reason,
  type RunPainRule,
  type Session,
} from "@/lib/engine";
import { engineMessages } from "@/lib/i18n/engine-messages";
import { titleFrom } from "@/lib/i18n/page-title";
import { getDataText } from "@/lib/i18n/server-text";
import { toLocale } from "@/lib/i18n/routing";

export const generateMetadata = titleFrom("meta.showcaseTitle");

// For the layout tests only (e2e/page-sweep.spec.ts): every card a runner can be shown, with every
// exercise, cross-training option, session kind, decision and engine reason, so one page at 360 px
// proves no text makes the phone scroll sideways. Off (404) unless the server runs with
// COMEBACK_SHOWCASE=1; it shows made-up sessions, no one's data.
export default async function ShowcasePage({ params }: PageProps<"/[locale]/showcase">) {
  await connection();
  if (process.env.COMEBACK_SHOWCASE !== "1") notFound();
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const { t, reason, date } = await getDataText();
  const today = "2026-12-07";

  const base = { minutes: 30, runMinutes: 0, load: "easy", walkRun: null, eased: false } as const;
  const byKind = (kind: Session["kind"], categories: string[]): Session => {
    const exercises = exerciseLibrary.filter((e) => categories.includes(e.category));
    return {
      ...base,
      kind,
      exercises: exercises.map((e) => e.id),
      items: exercises.map((e) => ({ exerciseId: e.id, dose: e.dose })),
    };
  };
  const sessions: Session[] = [
    byKind("cross_training", ["cross_training"]),
    { ...byKind("strength", ["strength"]), load: "heavy", eased: true },
    { ...byKind("mobility", ["mobility", "foam_roll"]), load: "light" },
    { ...byKind("readiness_tests", ["readiness_test"]), load: null },
    {
      ...base,
      kind: "walk_run",
      runMinutes: 10,
      exercises: [],
      items: [],
      walkRun: { blocks: 4, jogMinutes: 2.5, walkMinutes: 2.5 },
      byPhysio: { on: today, instruction: "Rustig opbouwen; bij twijfel een dag rust nemen en contact opnemen." },
    },
    {
      ...base,
      kind: "run",
      runMinutes: 30,
      load: "running_specific",
      exercises: [],
      items: [],
      speed: { kind: "strides", effortPercent: 0, reps: 4 },
    },
    {
      ...base,
      kind: "run",
      runMinutes: 30,
      exercises: [],
      items: [],
      speed: { kind: "progressive", effortPercent: 80, reps: 6 },
    },
  ];

  // Every reason the engine can give, with sample values for its placeholders, spread over the decisions.
  const keys = engineMessageKeys.filter((key) => !key.startsWith("session.") && !key.startsWith("load."));
  const sample = (key: Reason["key"]): Reason => {
    const text = engineMessages.en[key as keyof (typeof engineMessages)["en"]] ?? "";
    const values: Record<string, string | number> = {};
    for (const [, name, type] of text.matchAll(/\{(\w+)(?:,\s*(\w+))?/g)) {
      if (!name) continue;
      values[name] =
        type === "select" ? "other" : type ? 2 : /date|day|on$|from|to$|until|since/i.test(name) ? today : 12;
    }
    return { key, params: values };
  };
  const actions = DecisionAction.options;
  const painRules: RunPainRule[] = [
    { kind: "none", tissue: "bone" },
    { kind: "tendon", max: 5 },
    { kind: "tolerance", max: 0 },
    { kind: "tolerance", max: 2 },
  ];
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 pt-6 pb-24">
      <h1 className="text-2xl font-bold">{t("meta.showcaseTitle")}</h1>
      {sessions.map((session, i) => (
        <SessionCard
          key={i}
          session={session}
          locale={locale}
          text={{ t, date }}
          playIndex={i}
          painRule={painRules[i % painRules.length]}
        />
      ))}
      {actions.map((action, i) => (
        <DecisionCard
          key={action}
          decision={{
            on: today,
            action,
            restDays: action === "rest" ? 2 : 0,
            reasons: keys.filter((_, k) => k % actions.length === i).map(sample),
          }}
          title={t("today.lastDecision", { date: date(today) })}
          actionLabel={t(`checkIn.action.${action}`)}
          restLabel={action === "rest" ? t("checkIn.restDays", { days: 2 }) : undefined}
          reason={reason}
        />
      ))}
    </div>
  );
}
