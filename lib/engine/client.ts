// The engine's face for client components: plain values and helpers with no zod schema behind them.
// The index pulls in every schema (zod) and the exercise library; a client component importing a
// value from there ships all of it to the phone (about 50 kB gzipped on the check-in page). Types
// may still come from the index (`import type` costs nothing in the browser).
export * from "./check-in-basics";
export * from "./run-day-parts";
