// The weekly adherence figure the plan state carries (schema only: adherence.ts counts it).
import { z } from "zod";
import { IsoDate } from "./iso-date";

/** One Monday–Sunday week: sessions planned and done, running minutes planned and reported. */
export const WeekAdherence = z.object({
  weekStart: IsoDate,
  plannedSessions: z.int(),
  doneSessions: z.int(),
  plannedRunMinutes: z.number(),
  runMinutes: z.number(),
});
export type WeekAdherence = z.infer<typeof WeekAdherence>;
