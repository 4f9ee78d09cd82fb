// The app's clock, kept out of the engine: "today" is the runner's local calendar day.
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  } catch {
    return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  }
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The local date and wall-clock time (HH:MM, 24 h) at `now` in a time zone: DST is the zone's own. */
export function localClock(timeZone: string, now: Date): { date: string; time: string } {
  const zone = isValidTimeZone(timeZone) ? timeZone : "Europe/Amsterdam";
  const time = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(now);
  return { date: todayIn(zone, now), time };
}
