// Reads back what lib/server/calendar/ics.ts writes (and simple calendars like it): unfolds lines, splits
// properties and parameters, unescapes text. Used by the tests and the browser journeys.
type IcsProperty = { name: string; params: Record<string, string>; value: string };
type ParsedEvent = Record<string, IcsProperty>;
export type ParsedCalendar = { properties: Record<string, IcsProperty>; events: ParsedEvent[] };

export function unfoldLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line.length > 0);
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

function parseProperty(line: string): IcsProperty {
  let inQuotes = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (char === ":" && !inQuotes) {
      colon = i;
      break;
    }
  }
  if (colon < 0) throw new Error(`Not a content line: ${line}`);
  const [name = "", ...paramParts] = line.slice(0, colon).split(";");
  const params = Object.fromEntries(
    paramParts.map((p) => [
      p.slice(0, p.indexOf("=")).toUpperCase(),
      p.slice(p.indexOf("=") + 1).replace(/^"|"$/g, ""),
    ]),
  );
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1) };
}

const TEXT_PROPERTIES = new Set(["SUMMARY", "DESCRIPTION", "UID", "X-WR-CALNAME", "NAME", "LOCATION"]);

export function parseCalendar(text: string): ParsedCalendar {
  const calendar: ParsedCalendar = { properties: {}, events: [] };
  let event: ParsedEvent | null = null;
  for (const line of unfoldLines(text)) {
    const property = parseProperty(line);
    if (TEXT_PROPERTIES.has(property.name)) property.value = unescapeText(property.value);
    if (property.name === "BEGIN" && property.value === "VEVENT") event = {};
    else if (property.name === "END" && property.value === "VEVENT") {
      if (event) calendar.events.push(event);
      event = null;
    } else if (event) event[property.name] = property;
    else if (property.name !== "BEGIN" && property.name !== "END") calendar.properties[property.name] = property;
  }
  return calendar;
}
