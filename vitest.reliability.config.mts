import { defineConfig } from "vitest/config";
import path from "node:path";

// The reliability suite: crash, concurrency, fuzzing and outage tests against the production build,
// started by the same start command as `npm start`. Run with `npm run test:reliability`.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The marker on lib/server guards Next's client bundle; under test it has nothing to guard.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/reliability/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    // kill -9 ten times: each restart now also starts the mail sink and the app role (about 6–16 s each).
    testTimeout: 360_000,
    hookTimeout: 240_000,
  },
});
