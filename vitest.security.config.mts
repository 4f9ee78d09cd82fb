import { defineConfig } from "vitest/config";
import path from "node:path";

// The security suite: attacks on the production build, started once by the same command as
// `npm start` (tests/security/support/global-setup.ts) on ports 3610-3611. `npm run test:security`.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The marker on lib/server guards Next's client bundle; under test it has nothing to guard.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/security/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/security/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
