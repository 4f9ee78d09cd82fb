import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

// Client components get only the texts their screen needs: every namespace sent to the browser is
// in the HTML of every page, and the runner's phone downloads it over a mobile connection.
export const baseNamespaces = ["common", "errors"] as const;

export async function ClientMessages({ namespaces = [], children }: { namespaces?: string[]; children: ReactNode }) {
  const all = await getMessages();
  const picked = Object.fromEntries([...baseNamespaces, ...namespaces].filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
