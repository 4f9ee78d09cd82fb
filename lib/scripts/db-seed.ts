// `npm run db:seed`: the demo data, into DATABASE_URL or the embedded server, when it has no users.
import "@/lib/runtime/allow-server-only";
import fs from "node:fs";
import path from "node:path";
import { migrateDatabase } from "@/lib/db/migrate";
import { seedIfEmpty } from "./seed";
import { runCli, withDatabase } from "./with-database";

// The secret the app runs with: BETTER_AUTH_SECRET, or the one `npm start` made beside the embedded database.
function authSecret(): string | undefined {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(path.dirname(path.resolve(process.env.COMEBACK_DATA_DIR ?? ".data/postgres")), "auth-secret");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : undefined;
}

runCli(() =>
  withDatabase(async (url) => {
    await migrateDatabase(url);
    console.log(
      (await seedIfEmpty(url, authSecret()))
        ? "[comeback] demo data seeded"
        : "[comeback] the database already has users: nothing seeded",
    );
  }),
);
