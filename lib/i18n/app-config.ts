// Message keys typed through next-intl's AppConfig: a key that does not exist in the English files (or
// the engine namespace) fails `npm run typecheck`; tests/i18n keeps Dutch on the same keys.
import type { MessageKeys, NamespaceKeys, NestedKeyOf, NestedValueOf } from "next-intl";
import type { engineMessages } from "./engine-messages";
import type { formats } from "./formats";
import type { Locale } from "./routing";
import type account from "./messages/en/account.json";
import type auth from "./messages/en/auth.json";
import type calendar from "./messages/en/calendar.json";
import type causes from "./messages/en/causes.json";
import type checkIn from "./messages/en/checkIn.json";
import type common from "./messages/en/common.json";
import type control from "./messages/en/control.json";
import type corrections from "./messages/en/corrections.json";
import type dose from "./messages/en/dose.json";
import type errors from "./messages/en/errors.json";
import type invite from "./messages/en/invite.json";
import type landing from "./messages/en/landing.json";
import type messages from "./messages/en/messages.json";
import type meta from "./messages/en/meta.json";
import type nav from "./messages/en/nav.json";
import type notFound from "./messages/en/notFound.json";
import type notify from "./messages/en/notify.json";
import type offline from "./messages/en/offline.json";
import type onboarding from "./messages/en/onboarding.json";
import type patient from "./messages/en/patient.json";
import type physio from "./messages/en/physio.json";
import type plan from "./messages/en/plan.json";
import type program from "./messages/en/program.json";
import type progress from "./messages/en/progress.json";
import type progressForPhysio from "./messages/en/progressForPhysio.json";
import type rules from "./messages/en/rules.json";
import type rulesPage from "./messages/en/rulesPage.json";
import type session from "./messages/en/session.json";
import type settings from "./messages/en/settings.json";
import type today from "./messages/en/today.json";
import type twoFactor from "./messages/en/twoFactor.json";

// The engine's texts are flat ("reason.gate.passed") and nested at runtime (nestMessages); this is the same at type level.
type Nested<Path extends string, Text> = Path extends `${infer Head}.${infer Rest}`
  ? { [K in Head]: Nested<Rest, Text> }
  : { [K in Path]: Text };
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type EngineFlat = { [K in keyof (typeof engineMessages)["en"]]: string };
type EngineNested = UnionToIntersection<
  { [K in keyof EngineFlat & string]: Nested<K, string> }[keyof EngineFlat & string]
>;

export type Messages = {
  account: typeof account;
  auth: typeof auth;
  calendar: typeof calendar;
  causes: typeof causes;
  checkIn: typeof checkIn;
  common: typeof common;
  control: typeof control;
  corrections: typeof corrections;
  dose: typeof dose;
  errors: typeof errors;
  invite: typeof invite;
  landing: typeof landing;
  messages: typeof messages;
  meta: typeof meta;
  nav: typeof nav;
  notFound: typeof notFound;
  notify: typeof notify;
  offline: typeof offline;
  onboarding: typeof onboarding;
  patient: typeof patient;
  physio: typeof physio;
  plan: typeof plan;
  program: typeof program;
  progress: typeof progress;
  progressForPhysio: typeof progressForPhysio;
  rules: typeof rules;
  rulesPage: typeof rulesPage;
  session: typeof session;
  settings: typeof settings;
  today: typeof today;
  twoFactor: typeof twoFactor;
  engine: EngineNested;
};

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
    Formats: typeof formats;
  }
}

/** Every full message key ("today.title", "engine.session.run"): what a root translator accepts. */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
type Values = Record<string, string | number>;
/** A root translator passed to a component as a prop: typed, so a key that does not exist fails the typecheck. */
export type Translate = (key: MessageKey, params?: Values) => string;
type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
type KeysIn<NS extends Namespace> = MessageKeys<NestedValueOf<Messages, NS>, NestedKeyOf<NestedValueOf<Messages, NS>>>;
/** A translator for one namespace ("patient"), passed as a prop. */
export type TranslateIn<NS extends Namespace> = (key: KeysIn<NS>, params?: Values) => string;

// Numbers the engine's schemas bound (phase 1–4, ISO weekday 1–7), for keys such as `plan.phaseName.${phase}`.
export type PhaseNumber = 1 | 2 | 3 | 4;
export type WeekdayNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;
