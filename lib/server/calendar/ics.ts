// A small iCalendar writer (RFC 5545) for all-day events: text escaping (§3.3.11), line folding at
// 75 octets without splitting a UTF-8 character (§3.1), CRLF line ends.
import "server-only";
export type IcsEvent = {
  /** Stable across feeds, so a calendar app updates the event instead of adding a second one. */
  uid: string;
  /** The day, YYYY-MM-DD: an all-day event (VALUE=DATE). */
  date: string;
  summary: string;
  description?: string;
  status?: "CONFIRMED" | "TENTATIVE";
  /** An alarm (RFC 5545 §3.6.6) at this instant, with this text. */
  alarm?: { at: Date; description: string };
};

export type IcsCalendar = {
  prodId: string;
  name: string;
  /** How often a subscribed calendar app should fetch the feed again (RFC 7986 REFRESH-INTERVAL). */
  refreshHours?: number;
  events: readonly IcsEvent[];
  /** DTSTAMP of every event: when this file was written. */
  now: Date;
};

const CRLF = "\r\n";
const MAX_OCTETS = 75;

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

// Folds one content line: the first line holds at most 75 octets, each continuation a space plus 74.
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const charSize = octets(char);
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + charSize > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number) => String(n).padStart(2, "0");

function formatUtcStamp(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

const compactDate = (iso: string) => iso.replace(/-/g, "");

// The day after an ISO date, computed in UTC so no time zone can shift it.
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
    `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // All-day training reminders should not block the runner's time as busy.
  lines.push("TRANSP:TRANSPARENT", `STATUS:${event.status ?? "CONFIRMED"}`);
  // An absolute UTC trigger: the runner's reminder time on that day in their zone, DST included.
  if (event.alarm)
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${escapeText(event.alarm.description)}`,
      `TRIGGER;VALUE=DATE-TIME:${formatUtcStamp(event.alarm.at)}`,
      "END:VALARM",
    );
  lines.push("END:VEVENT");
  return lines;
}

export function writeCalendar(calendar: IcsCalendar): string {
  const stamp = formatUtcStamp(calendar.now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.prodId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `NAME:${escapeText(calendar.name)}`,
  ];
  if (calendar.refreshHours) {
    lines.push(
      `REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshHours}H`,
      `X-PUBLISHED-TTL:PT${calendar.refreshHours}H`,
    );
  }
  for (const event of calendar.events) lines.push(...eventLines(event, stamp));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
