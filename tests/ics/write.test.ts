import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCalendar, unescapeText, unfoldLines } from "@/tests/support/ics-parse";
import { escapeText, foldLine, writeCalendar, type IcsEvent } from "@/lib/server/calendar/ics";

const now = new Date("2026-11-20T08:15:30Z");
const octets = (line: string) => new TextEncoder().encode(line).length;

const dutch =
  "Oefeningen: Kuitheffen op één been, Excentrische kuitheffen, Bruggetje (heupbrug); daarna rustig uitlopen. Let op: stop bij pijn\\zwelling, en check in na afloop.";

function calendarWith(events: IcsEvent[]) {
  return writeCalendar({
    prodId: "-//Comeback//Test//EN",
    name: "Comeback-trainingen, test",
    refreshHours: 6,
    now,
    events,
  });
}

describe("escapeText", () => {
  it.each([
    ["a,b", "a\\,b"],
    ["a;b", "a\\;b"],
    ["a\\b", "a\\\\b"],
    ["line 1\nline 2", "line 1\\nline 2"],
    ["line 1\r\nline 2", "line 1\\nline 2"],
    ["plain", "plain"],
  ])("escapes %j as %j", (input, expected) => {
    expect(escapeText(input)).toBe(expected);
    expect(unescapeText(expected)).toBe(input.replace(/\r\n/g, "\n"));
  });

  it("round-trips any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(unescapeText(escapeText(text))).toBe(text.replace(/\r\n|\r/g, "\n"));
      }),
    );
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone", () => {
    const line = "X".repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds at 75 octets, continuation lines start with a space, and unfolding restores the line", () => {
    const line = `DESCRIPTION:${escapeText(dutch)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(2);
    for (const [i, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(" ")).toBe(true);
    }
    expect(unfoldLines(folded)).toEqual([line]);
  });

  it("never splits a multi-byte character and never exceeds 75 octets", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const line = `SUMMARY:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const part of folded.split("\r\n")) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          expect(part).not.toContain("\uFFFD");
        }
        expect(unfoldLines(folded).join("")).toBe(line);
      }),
    );
  });
});

describe("writeCalendar", () => {
  const events: IcsEvent[] = [
    {
      uid: "plan-1-2026-11-20-0@comeback",
      date: "2026-11-20",
      summary: "Comeback: Wandelen/hardlopen 20 min",
      description: `${dutch}\nVooruit gepland, ervan uitgaande dat deze week volgens plan gaat.`,
    },
    {
      uid: "plan-1-2026-12-31-1@comeback",
      date: "2026-12-31",
      summary: "Comeback: Kracht 30 min",
      status: "TENTATIVE",
    },
  ];
  const text = calendarWith(events);

  it("uses CRLF line ends only, ends with CRLF and keeps every physical line within 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it("parses back to the same events, with all-day dates and the text unescaped", () => {
    const parsed = parseCalendar(text);
    expect(parsed.properties.VERSION?.value).toBe("2.0");
    expect(parsed.properties.PRODID?.value).toBe("-//Comeback//Test//EN");
    expect(parsed.properties["X-WR-CALNAME"]?.value).toBe("Comeback-trainingen, test");
    expect(parsed.properties["REFRESH-INTERVAL"]?.value).toBe("PT6H");
    expect(parsed.events).toHaveLength(2);
    const [first, second] = parsed.events;
    expect(first?.UID?.value).toBe(events[0]!.uid);
    expect(first?.DTSTAMP?.value).toBe("20261120T081530Z");
    expect(first?.DTSTART).toEqual({ name: "DTSTART", params: { VALUE: "DATE" }, value: "20261120" });
    expect(first?.DTEND?.value).toBe("20261121");
    expect(first?.SUMMARY?.value).toBe(events[0]!.summary);
    expect(first?.DESCRIPTION?.value).toBe(events[0]!.description);
    expect(first?.STATUS?.value).toBe("CONFIRMED");
    expect(second?.DTEND?.value).toBe("20270101");
    expect(second?.STATUS?.value).toBe("TENTATIVE");
    expect(second?.DESCRIPTION).toBeUndefined();
  });

  it("writes the same text for the same input", () => {
    expect(calendarWith(events)).toBe(text);
  });

  it("writes a valid empty calendar", () => {
    const parsed = parseCalendar(calendarWith([]));
    expect(parsed.events).toEqual([]);
    expect(parsed.properties.VERSION?.value).toBe("2.0");
  });
});
