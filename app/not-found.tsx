import Link from "next/link";

// Paths outside any locale (the proxy normally adds one): a plain, bilingual page.
export default function RootNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main>
          <h1>Page not found · Pagina niet gevonden</h1>
          <p>
            <Link href="/en">Home (English)</Link> ·{" "}
            <Link href="/nl" lang="nl">
              Startpagina (Nederlands)
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
