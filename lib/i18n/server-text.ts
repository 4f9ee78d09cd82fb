// Server-side translators for texts that arrive as data (engine reasons, message keys, dates).
import { getFormatter, getTranslations } from "next-intl/server";
import type { Translate } from "./app-config";
import { dateText } from "./formats";
import { reasonText, type ReasonLike } from "./reason-text";

type Params = Record<string, string | number>;

export async function getDataText() {
  const t: Translate = await getTranslations();
  const date = dateText(await getFormatter());
  // Reason keys are the engine's own (tests/engine/messages.test.ts: each has a text), looked up by string.
  const byKey = t as unknown as (key: string, params?: Params) => string;
  return {
    t,
    reason: reasonText(byKey, date) as (reason: ReasonLike) => string,
    date,
  };
}
