// Runs once when the Next server starts: from then on nothing it or a library logs through the
// console can carry request data (lib/log/console-guard.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installConsoleGuard } = await import("./lib/log/console-guard");
    installConsoleGuard();
  }
}
