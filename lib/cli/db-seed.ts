// `npm run db:seed`: the demo data, into DATABASE_URL or the embedded server, when it has no users.
import { migrateDatabase } from "../db/migrate";
import { seedIfEmpty } from "./seed";
import { runCli, withDatabase } from "./with-database";

runCli(() =>
  withDatabase(async (url) => {
    await migrateDatabase(url);
    console.log(
      (await seedIfEmpty(url))
        ? "[comeback] demo data seeded"
        : "[comeback] the database already has users: nothing seeded",
    );
  }),
);
