// For one-shot CLI commands: use DATABASE_URL, or start the embedded server for the duration.
import path from "node:path";
import { startPostgres } from "@/lib/db/postgres-server";

export async function withDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL);
  const server = await startPostgres({ dataDir: path.resolve(process.env.COMEBACK_DATA_DIR ?? ".data/postgres") });
  try {
    return await run(server.url);
  } finally {
    await server.stop();
  }
}

export function runCli(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`[comeback] ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
