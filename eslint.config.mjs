import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    "public/sw.js",
    ".next/**",
    ".data/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "lib/db/migrations/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // One direction of dependency: pages compose components; components get actions as props and
    // shared types from lib/, so a component never reaches into a route's files.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)app/",
              message: "components/ never import from app/: take the action as a prop, put shared types in lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Pages and actions read data through lib/services, which check the caller; never the queries directly.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@/lib/db/queries(/|$)",
              message: "app/ reads data through lib/services (they check the caller), not lib/db/queries.",
            },
          ],
        },
      ],
    },
  },
  {
    // The check-in form runs on the runner's phone: a value import from the engine's index ships every
    // zod schema with it (lib/engine/client.ts has the plain helpers; types are free).
    files: ["components/runner/check-in/**/*.tsx", "components/offline/**/*.{ts,tsx}"],
    rules: {
      // (ESLint replaces a rule's options per file, so the components/ rule above is repeated here.)
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/engine",
              allowTypeImports: true,
              message: "Client code: take values from @/lib/engine/client; import types with `import type`.",
            },
          ],
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)app/",
              message: "components/ never import from app/: take the action as a prop, put shared types in lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    // The comeback engine stays pure: no framework, database or clock.
    files: ["lib/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(next|react|react-dom|drizzle-orm|pg|better-auth|next-intl)(/.*)?$",
              message: "lib/engine is pure: no framework or database imports.",
            },
            { regex: "^node:", message: "lib/engine is pure: no Node built-ins." },
            { regex: "^@/(?!lib/engine)", message: "lib/engine imports only itself, zod and date-fns." },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "lib/engine takes `today` as a parameter: no new Date().",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "lib/engine takes `today` as a parameter: no Date.now().",
        },
      ],
    },
  },
]);
