// A form's error travels as one string: a message key, with its parameters (a maximum, a number of
// days) after a "?" as in a URL query, e.g. "errors.tooLong?max=5000". Conform carries strings per
// field; the form translates them in the user's language with these parameters.
export type MessageParams = Record<string, string | number>;

export function encodeMessage(key: string, params: MessageParams = {}): string {
  const entries = Object.entries(params).map(([k, v]) => [k, String(v)] as [string, string]);
  return entries.length === 0 ? key : `${key}?${new URLSearchParams(entries).toString()}`;
}

export function decodeMessage(message: string): { key: string; params: MessageParams } {
  const at = message.indexOf("?");
  if (at < 0) return { key: message, params: {} };
  const params: MessageParams = {};
  for (const [k, v] of new URLSearchParams(message.slice(at + 1))) {
    params[k] = v !== "" && Number.isFinite(Number(v)) ? Number(v) : v;
  }
  return { key: message.slice(0, at), params };
}
