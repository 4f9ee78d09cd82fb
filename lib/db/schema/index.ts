// One drizzle schema for every PostgreSQL: the embedded one and any server behind DATABASE_URL.
// Split by domain; everything is imported from "@/lib/db/schema", and drizzle-kit reads this file.
export * from "./auth";
export * from "./plans";
export * from "./physio";
export * from "./notify";
export * from "./outcome";
