// Baselines for the page figures, served on loopback in the same run: a static HTML page with the
// landing page's text, and a bare Next page (a one-page Next app built beside the project in .data/).
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import landing from "../../lib/i18n/messages/en/landing.json";

function staticLandingHtml(): string {
  const phases = Object.values(landing.phases)
    .map((p) => `<li><h3>${p.title}</h3><p>${p.body}</p></li>`)
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Comeback</title>
<meta name="description" content="Comeback"><style>body{font-family:system-ui,sans-serif;margin:0;color:#1b2430}main{max-width:64rem;margin:0 auto;padding:1rem}h1{font-size:2rem}</style></head>
<body><main><p>${landing.eyebrow}</p><h1>${landing.title}</h1><p>${landing.lead}</p><h2>${landing.phasesTitle}</h2><p>${landing.phasesLead}</p><ol>${phases}</ol>
<h2>${landing.ruleTitle}</h2><p>${landing.ruleBody}</p><h2>${landing.checkInTitle}</h2><p>${landing.checkInBody}</p><h2>${landing.physioTitle}</h2><p>${landing.physioBody}</p>
<h2>${landing.safetyTitle}</h2><p>${landing.safetyBody}</p></main></body></html>`;
}

export function serveStatic(port: number): Promise<() => Promise<void>> {
  return serveHtml(port, staticLandingHtml());
}

/** One fixed HTML page on 127.0.0.1 (a baseline), with a function that stops serving it. */
export function serveHtml(port: number, html: string): Promise<() => Promise<void>> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve(() => new Promise((r) => server.close(() => r())))),
  );
}

const BARE_PAGE = `export default function Page() {
  return (<main><h1>Comeback</h1><p>A bare Next page: the least any Next page costs.</p></main>);
}
`;
const BARE_LAYOUT = `export default function Layout({ children }: { children: React.ReactNode }) {
  return (<html lang="en"><head><meta name="description" content="Bare Next page" /><title>Bare</title></head><body>{children}</body></html>);
}
`;

export async function startBareNext(port: number): Promise<() => Promise<void>> {
  const dir = path.resolve(".data/bench-bare");
  fs.mkdirSync(path.join(dir, "app"), { recursive: true });
  fs.writeFileSync(path.join(dir, "app/page.tsx"), BARE_PAGE);
  fs.writeFileSync(path.join(dir, "app/layout.tsx"), BARE_LAYOUT);
  fs.writeFileSync(path.join(dir, "next.config.js"), "module.exports = {};\n");
  fs.writeFileSync(path.join(dir, "package.json"), '{ "private": true }\n');
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  await new Promise<void>((resolve, reject) => {
    const build = spawn(process.execPath, [nextBin, "build"], { cwd: dir, env, stdio: "ignore" });
    build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`bare Next build failed (${code})`))));
  });
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env,
    stdio: "ignore",
  });
  const deadline = Date.now() + 30_000;
  while (
    Date.now() < deadline &&
    !(await fetch(`http://127.0.0.1:${port}/`)
      .then((r) => r.ok)
      .catch(() => false))
  )
    await new Promise((r) => setTimeout(r, 300));
  return () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
}
