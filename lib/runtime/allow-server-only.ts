// `import "server-only"` marks lib/server for Next's bundler: a client component that imports a
// service fails the build. Outside the bundle (the job workers in our HTTP server, the scripts, the
// test runners) Node picks the package's default entry, which throws on purpose; there the marker has
// nothing to guard, so it resolves to the package's own empty entry. Imported first by every entry point.
import { registerHooks } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const empty = pathToFileURL(path.join(path.dirname(require.resolve("server-only")), "empty.js")).href;

registerHooks({
  resolve: (specifier, context, next) =>
    specifier === "server-only" ? { url: empty, shortCircuit: true } : next(specifier, context),
});
