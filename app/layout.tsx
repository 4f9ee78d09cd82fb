import type { ReactNode } from "react";
import { connection } from "next/server";
import "./globals.css";

// The <html> element lives in app/[locale]/layout.tsx, where the language is known.
// Every page renders per request: its inline scripts carry that request's CSP nonce (proxy.ts), which
// a page rendered once at build time could not.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
