import { z } from "zod";
import { isIsoDate } from "./calendar";

/** A local calendar day written as YYYY-MM-DD. */
export const IsoDate = z.string().refine(isIsoDate, { message: "Expected a calendar date as YYYY-MM-DD" });
export type IsoDate = z.infer<typeof IsoDate>;
