// Next and the libraries under it report failures with console.error/console.warn, passing the
// error object whole: a failed query's error then prints its SQL parameters (check-in values, notes)
// and a pg error its detail (the row's key values). In the server process both go through here
// instead: an error becomes its code, a text its first line without control characters or values.
import { cleanForLog, errorCodeOf, logger } from "./logger";

function describe(arg: unknown): string {
  if (arg instanceof Error)
    return `${arg.name}[${errorCodeOf(arg)}]${(arg as { digest?: unknown }).digest ? ` digest=${String((arg as { digest?: unknown }).digest)}` : ""}`;
  if (typeof arg === "string") return cleanForLog(arg.split("\n")[0]!.split(/params:|detail:|Failed query/i)[0]!, 160);
  if (typeof arg === "number" || typeof arg === "boolean") return String(arg);
  return typeof arg;
}

let installed = false;

export function installConsoleGuard(): void {
  if (installed) return;
  installed = true;
  console.error = (...args: unknown[]) => logger.error({ where: "console" }, args.map(describe).join(" "));
  console.warn = (...args: unknown[]) => logger.warn({ where: "console" }, args.map(describe).join(" "));
}
