// Bundle the service worker (lib/client/offline/sw.ts, with Serwist) into public/sw.js. Runs before
// `next build` (npm run build, and npm start when the build is stale).
import path from "node:path";
import { build } from "esbuild";

export const SW_OUTPUT = path.resolve("public/sw.js");

export async function buildServiceWorker(): Promise<void> {
  await build({
    entryPoints: [path.resolve("lib/client/offline/sw.ts")],
    outfile: SW_OUTPUT,
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  buildServiceWorker().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
