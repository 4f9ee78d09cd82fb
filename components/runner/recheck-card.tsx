import type { PlanEvent, PlanState } from "@/lib/engine";
import { card } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/app-config";
import type { DateText } from "@/lib/i18n/formats";

/** The physio's latest "not yet" while its re-check is still ahead: the phase, their reason and the day. */
export function pendingRecheck(state: PlanState, events: readonly PlanEvent[], today: string) {
  const on = state.gate.missing.find((m) => m.key === "gate.missing.recheck")?.params?.on;
  if (typeof on !== "string" || state.gate.toPhase === null) return null;
  const decline = events
    .filter((e) => e.kind === "decline_transition" && e.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  return { phase: state.gate.toPhase, on, note: decline?.note ?? null, streak: state.gate.streak };
}

// A physio's "not yet" as the runner reads it: why (the physio's own words), when they look again,
// and that the pain-free days keep counting: nothing starts over.
export function RecheckCard({
  recheck,
  t,
  date,
}: {
  recheck: NonNullable<ReturnType<typeof pendingRecheck>>;
  t: Translate;
  date: DateText;
}) {
  return (
    <section aria-labelledby="recheck-title" className={`${card} border-l-4 border-l-sky-600`}>
      <h2 id="recheck-title" className="text-lg font-bold">
        {t("today.recheck.title", { phase: recheck.phase })}
      </h2>
      {recheck.note ? (
        <p className="mt-1">
          <span className="font-semibold">{t("today.recheck.reason")}</span> “{recheck.note}”
        </p>
      ) : null}
      <p className="mt-1">{t("today.recheck.when", { date: date(recheck.on, "weekday"), streak: recheck.streak })}</p>
    </section>
  );
}
