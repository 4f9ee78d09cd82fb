import type { Dose } from "./dose";
import type { InjurySite } from "./intake";
import type { Session } from "./plan-state-types";

export type TendonStage = "isometric" | "slow_heavy";

// Tendon loading before running: isometric holds calm a painful tendon (Rio et al. 2015) and slow
// heavy loading rebuilds it (Beyer et al. 2015: heavy slow resistance, three times a week). Phase 1
// holds, phase 2 slow heavy; phase 3 goes on with the site's strength routine.
export const TENDON_SESSIONS_PER_WEEK = 3;
export const TENDON_MINUTES: Record<TendonStage, number> = { isometric: 15, slow_heavy: 25 };

const routines: Record<InjurySite, Record<TendonStage, string[]>> = {
  achilles: { isometric: ["isometric-calf-hold"], slow_heavy: ["calf-raise", "bent-knee-heel-drop"] },
  calf: { isometric: ["isometric-calf-hold"], slow_heavy: ["calf-raise", "bent-knee-heel-drop"] },
  knee: { isometric: ["wall-sit", "spanish-squat"], slow_heavy: ["spanish-squat", "squat"] },
  hamstring: { isometric: ["hamstring-bridge"], slow_heavy: ["hamstring-bridge", "deadlift"] },
  hip: { isometric: ["glute-bridge", "side-lying-hip-abduction"], slow_heavy: ["hip-thrust", "step-up"] },
  shin: { isometric: ["isometric-calf-hold", "wall-sit"], slow_heavy: ["calf-raise", "squat"] },
  foot: { isometric: ["isometric-calf-hold", "short-foot"], slow_heavy: ["calf-raise", "squat"] },
  ankle: { isometric: ["isometric-calf-hold", "single-leg-balance"], slow_heavy: ["calf-raise", "squat"] },
  other: { isometric: ["isometric-calf-hold", "wall-sit"], slow_heavy: ["calf-raise", "squat"] },
};

export function tendonStageFor(phase: number): TendonStage | null {
  if (phase === 1) return "isometric";
  if (phase === 2) return "slow_heavy";
  return null;
}

export function tendonRoutine(site: InjurySite, stage: TendonStage): string[] {
  return routines[site][stage];
}

// Rio et al. 2015 (Br J Sports Med 49(19):1277–1283): isometric holds of 45 s, five times, ease tendon
// pain. Phase 1's tendon session holds every exercise still (a bridge held up, not bridges for reps);
// an eased day holds one set fewer.
export function asIsometricHolds(session: Session): Session {
  const items = session.items.map((item) => ({ ...item, dose: isometricDose(item.dose, session.eased) }));
  return { ...session, items };
}

/** An exercise's dose as an isometric hold (phase 1 tendon loading): five 45-second holds, its side and load kept. */
export function isometricDose(dose: Dose, eased: boolean): Dose {
  return {
    sets: eased ? ISOMETRIC_SETS - 1 : ISOMETRIC_SETS,
    holdSeconds: ISOMETRIC_HOLD_SECONDS,
    restSeconds: 60,
    ...(dose.side ? { side: dose.side } : {}),
    load: dose.load,
  };
}

const ISOMETRIC_SETS = 5;
const ISOMETRIC_HOLD_SECONDS = 45;
