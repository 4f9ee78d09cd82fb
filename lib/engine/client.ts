// The engine's face for client components: plain values and helpers with no zod schema behind them.
// The index pulls in every schema (zod) and the exercise library; a client component importing a
// value from there ships all of it to the phone (about 50 kB gzipped on the check-in page). Types
// may still come from the index (`import type` costs nothing in the browser).
export {
  MAX_COMMENT_LENGTH,
  MAX_SESSIONS_A_DAY,
  SAME_DAY_SORENESS,
  hadRun,
  isRunKind,
  mainSession,
  sessionsOf,
} from "./check-in-basics";
