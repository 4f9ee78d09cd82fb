/** 125 000 ms → "2:05" (rounded up, so a countdown shows 0:00 only when it is over). */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}
