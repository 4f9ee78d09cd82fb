// The one headless Chromium set-up for the e2e suite and the benchmarks: the same browser binary and
// the same quiet flags, so a page measured by the bench behaves as the page the tests drive.

/** The browser binary: CHROMIUM_PATH (or CHROME_PATH, which Lighthouse users set), else the system one. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? "/usr/bin/chromium";

// No sandbox (containers run as root), no GPU, and no background traffic (updates, sync, QUIC) that
// would add noise to timings or reach out of the machine.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
