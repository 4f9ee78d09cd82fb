// The app's public address, as configured (BETTER_AUTH_URL's first entry) or the local default.
export function publicBaseUrl(): string {
  return process.env.BETTER_AUTH_URL?.split(",")[0]?.trim() || `http://localhost:${process.env.PORT ?? "3000"}`;
}
