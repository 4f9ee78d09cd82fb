// The demo accounts' shared password: seeded by lib/scripts/seed.ts, and refused as a real password
// (everyone who read the README knows it).
export const DEMO_PASSWORD = "comeback-demo";
