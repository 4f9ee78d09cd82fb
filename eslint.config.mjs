import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const noApp = {
  regex: "^(@/|(\\.\\./)+)app/",
  message: "Only app/ imports app/: take the action as a prop, put shared types in lib/.",
};
const noComponents = { regex: "^@/components/", message: "lib/ never imports components/ (the screens sit above it)." };
const noTop = {
  regex: "^@/lib/(runtime|scripts)/",
  message: "lib/runtime and lib/scripts are entry points: nothing imports them.",
};
const noTransport = {
  regex: "^@/lib/http/",
  message: "The domain and the layers below it never import the transport (lib/http).",
  allowTypeImports: true,
};
const noDomain = {
  regex: "^@/lib/server/",
  message: "This layer sits below the domain (lib/server): take what you need as a parameter.",
  allowTypeImports: true,
};
const noQueries = {
  regex: "^@/lib/server/.*queries$",
  message: "Read data through a lib/server service (it checks the caller), not its queries.",
  allowTypeImports: true,
};
// A server component may hand the database handle to a service (as pages do); nothing else of lib/db.
const noDb = {
  regex: "^@/lib/db/(?!client$)",
  message: "Screens read data through lib/server services, never the database.",
  allowTypeImports: true,
};
const clientEngine = {
  name: "@/lib/engine",
  allowTypeImports: true,
  message: "Client code: take values from @/lib/engine/client; import types with `import type`.",
};

function restrict(files, patterns, paths = []) {
  return { files, rules: { "no-restricted-imports": ["error", { patterns, ...(paths.length ? { paths } : {}) }] } };
}

function layerRules() {
  const foundation = [
    "lib/dates.ts",
    "lib/errors.ts",
    "lib/log/**",
    "lib/i18n/**",
    "lib/validation/**",
    "lib/forms/**",
    "lib/db/**",
  ];
  const crossCutting = ["lib/auth/**", "lib/security/**", "lib/mail/**", "lib/push/**", "lib/client/**"];
  const below = [noApp, noComponents, noTop, noTransport];
  return [
    restrict(["lib/**/*.{ts,tsx}"], [noApp, noComponents, noTop]),
    restrict(
      [...foundation, ...crossCutting].map((g) => (g.endsWith("**") ? `${g}/*.{ts,tsx}` : g)),
      [...below, noDomain],
    ),
    restrict(["lib/server/**/*.ts"], below),
    restrict(["lib/runtime/**/*.ts", "lib/scripts/**/*.ts"], [noApp, noComponents]),
    restrict(["app/**/*.{ts,tsx}"], [noQueries]),
    restrict(["components/**/*.{ts,tsx}"], [noApp, noQueries, noDb]),
    // The check-in form runs on the runner's phone: a value import from the engine's index ships every
    // zod schema with it (lib/engine/client.ts has the plain helpers; types are free).
    restrict(
      ["components/runner/check-in/**/*.tsx", "components/offline/**/*.{ts,tsx}"],
      [noApp, noQueries, noDb],
      [clientEngine],
    ),
  ];
}

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
  // The layers, lowest first: the engine (pure); the foundation (dates, errors, log, i18n, validation,
  // db); the cross-cutting services (auth, security, mail, push, jobs' queues); the domain (lib/server,
  // one folder per noun); the transport (lib/http, app/ routes and actions) and the screens
  // (components/); the runtime and scripts on top. A file may import its own layer and the ones below.
  // ESLint keeps one set of options per rule and file, so each group below lists every pattern it needs.
  ...layerRules(),
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
