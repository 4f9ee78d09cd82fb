// `npm run db:migrate`: apply the committed migrations to DATABASE_URL or the embedded server.
import { migrateDatabase } from "@/lib/db/migrate";
import { runCli, withDatabase } from "./with-database";

runCli(() =>
  withDatabase(async (url) => {
    await migrateDatabase(url);
    console.log("[comeback] migrations applied");
  }),
);
