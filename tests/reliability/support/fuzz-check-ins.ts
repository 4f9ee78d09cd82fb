// Check-ins for the fuzz test: valid ones, and ones broken in one way or several that the server must refuse.
import { addDays, format, parseISO } from "date-fns";
import fc from "fast-check";
import { CheckIn, PAIN_FIELDS } from "@/lib/engine";
import { daysAgo, today } from "./db";

// The fields a check-in cannot be stored without, then the optional ones: together every field there is.
const required = [
  "date",
  ...PAIN_FIELDS,
  "sessionKind",
  "minutes",
  "completed",
  "swelling",
  "nightPain",
  "limping",
  "boneTenderness",
  "rpe",
] as const;
const fields = [...required, "soreness", "sleepHours", "restingHr", "painfulActivities", "readiness"] as const;
const painFields = PAIN_FIELDS;

const huge = (n: number) => fc.constantFrom("x", "é", "0", " ", "😀").map((c) => c.repeat(n));

/** A value of the wrong type for nearly any field. */
const wrongType = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  huge(5_000),
);

const outOfRangePain = fc.oneof(
  fc.integer({ min: 11, max: 1e9 }),
  fc.integer({ min: -1e9, max: -1 }),
  fc.double({ min: 0.01, max: 9.99, noNaN: true }).filter((n) => !Number.isInteger(n)),
  fc.constant(1e308),
  fc.constant(-0.5),
);

const badDate = fc.oneof(
  fc.integer({ min: 1, max: 3_000 }).map((d) => format(addDays(parseISO(today()), d), "yyyy-MM-dd")), // the future
  fc.integer({ min: 8, max: 40_000 }).map((d) => daysAgo(d)), // too long ago, back to the 1900s
  fc.constantFrom(
    "0001-01-01",
    "1900-01-01",
    "9999-12-31",
    "2025-02-30",
    "2025-13-01",
    "2025-00-10",
    "2025-1-1",
    "20250101",
    "yesterday",
    "",
    "today",
    "2025-01-01T00:00:00Z",
    " 2025-01-01",
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

export const validCheckIn = fc
  .record({
    day: fc.integer({ min: 0, max: 6 }),
    pains: fc.tuple(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
    ),
    minutes: fc.integer({ min: 0, max: 90 }),
    rpe: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ day, pains, minutes, rpe }) => ({
    date: daysAgo(day),
    painRest: pains[0],
    painDuring: pains[1],
    painAfter: pains[2],
    painMorning: pains[3],
    sessionKind: "cross_training",
    minutes,
    completed: true,
    rpe,
    swelling: false,
    nightPain: false,
    limping: false,
    boneTenderness: false,
  }));

type Mutation = (body: Record<string, unknown>) => fc.Arbitrary<unknown>;

const mutations: Mutation[] = [
  // a field of the wrong type
  (b) => fc.tuple(fc.constantFrom(...fields), wrongType).map(([f, v]) => ({ ...b, [f]: v })),
  // a pain score out of range (or not a whole number)
  (b) => fc.tuple(fc.constantFrom(...painFields), outOfRangePain).map(([f, v]) => ({ ...b, [f]: v })),
  // other numbers out of range
  (b) =>
    fc.oneof(
      fc.integer({ min: 601, max: 1e7 }).map((v) => ({ ...b, minutes: v })),
      fc.integer({ min: -1e7, max: -1 }).map((v) => ({ ...b, minutes: v })),
      fc.oneof(fc.integer({ min: 11, max: 1e6 }), fc.integer({ min: -1e6, max: 0 })).map((v) => ({ ...b, rpe: v })),
      fc
        .oneof(fc.double({ min: 24.01, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: -0.01, noNaN: true }))
        .map((v) => ({ ...b, sleepHours: v })),
      fc
        .oneof(fc.integer({ min: 221, max: 1e6 }), fc.integer({ min: -1e6, max: 24 }))
        .map((v) => ({ ...b, restingHr: v })),
    ),
  // a date in the future, too long ago or not a date
  (b) => badDate.map((d) => ({ ...b, date: d })),
  // required fields missing
  (b) =>
    fc
      .subarray<string>([...required], { minLength: 1 })
      .map((drop) => Object.fromEntries(Object.entries(b).filter(([k]) => !drop.includes(k)))),
  // enums with unknown values, a huge string among them
  (b) =>
    fc.oneof(
      fc.oneof(fc.string({ maxLength: 30 }), huge(12_000)).map((v) => ({ ...b, sessionKind: v })),
      fc.string({ maxLength: 30 }).map((v) => ({ ...b, sessionKind: "run", soreness: v })),
      fc
        .array(fc.string({ maxLength: 15 }), { minLength: 1, maxLength: 5 })
        .map((v) => ({ ...b, painfulActivities: v })),
      fc.constant({ ...b, sessionKind: "run", soreness: undefined }),
      fc.constant({ ...b, rpe: undefined }),
      fc.record({ hop: fc.record({ pain: fc.integer({ min: 0, max: 10 }) }) }).map((v) => ({ ...b, readiness: v })),
      fc
        .record({
          walk: fc.record({ minutes: fc.integer({ min: 301, max: 1e6 }), pain: fc.integer({ min: 0, max: 10 }) }),
        })
        .map((v) => ({ ...b, readiness: v })),
    ),
  // not an object at all
  () =>
    fc.oneof(
      fc.constant(null),
      fc.array(fc.anything(), { maxLength: 3 }),
      fc.string({ maxLength: 30 }),
      fc.double(),
      fc.boolean(),
      fc.constant([{}]),
      fc.constant({}),
    ),
  // everything else generated freely
  () => fc.object({ maxDepth: 2, maxKeys: 6 }),
];

/** A check-in the server must refuse: broken by one to three mutations of a valid one. */
export const invalidCheckIn: fc.Arbitrary<unknown> = fc
  .tuple(validCheckIn, fc.array(fc.nat({ max: mutations.length - 1 }), { minLength: 1, maxLength: 3 }))
  .chain(([valid, picks]) =>
    picks.reduce<fc.Arbitrary<unknown>>(
      (arb, i) =>
        arb.chain((b) =>
          b && typeof b === "object" && !Array.isArray(b)
            ? mutations[i]!(b as Record<string, unknown>)
            : fc.constant(b),
        ),
      fc.constant(valid),
    ),
  )
  .filter((body) => !wouldBeAccepted(body));

/** What the server accepts: the engine's schema, and a date from a week ago up to today. */
export function wouldBeAccepted(body: unknown): boolean {
  const parsed = CheckIn.safeParse(body);
  return parsed.success && parsed.data.date <= today() && parsed.data.date >= daysAgo(7);
}
