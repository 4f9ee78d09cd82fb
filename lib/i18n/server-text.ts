// Server-side translators for texts that arrive as data (engine reasons, message keys, dates).
import { getFormatter, getTranslations } from "next-intl/server";
import type { Translate } from "./app-config";
import { dateText } from "./formats";
import { reasonText, type ReasonLike } from "./reason-text";

type Params = Record<string, string | number>;

/** `hasPhysio` false: reasons leave out what a physio does (a self-guided runner has none). */
export async function getDataText(options: { hasPhysio?: boolean } = {}) {
  const t: Translate = await getTranslations();
  const date = dateText(await getFormatter());
  // Reason keys are the engine's own (tests/engine/messages.test.ts: each has a text), looked up by string.
  const byKey = t as unknown as (key: string, params?: Params) => string;
  return {
    t,
    reason: reasonText(
      byKey,
      date,
      options.hasPhysio === undefined ? undefined : options.hasPhysio ? "linked" : "self",
    ) as (reason: ReasonLike) => string,
    date,
  };
}
