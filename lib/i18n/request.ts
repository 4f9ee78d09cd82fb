import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./messages";
import { routing } from "./routing";
import { formats } from "./formats";
import { DEFAULT_TIME_ZONE } from "@/lib/dates";

// `formats` reaches client components too: NextIntlClientProvider rendered by a server component inherits them.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: DEFAULT_TIME_ZONE, formats };
});
