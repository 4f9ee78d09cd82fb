// Where our server may connect to deliver a push message: a subscription names a URL, and a URL from
// a browser is a URL from anyone. Only https on the default port to the push services browsers use
// (the list below, the one place it is kept), never an IP address in the URL, and at connection time
// never a private, loopback or link-local address that the host name resolves to.
import dns from "node:dns";
import https from "node:https";
import net from "node:net";

/** Chrome (Firebase Cloud Messaging), Firefox (Mozilla autopush), Safari (Apple), Edge (Windows WNS). */
export const PUSH_SERVICE_HOSTS = {
  exact: ["fcm.googleapis.com", "android.googleapis.com", "updates.push.services.mozilla.com", "web.push.apple.com"],
  suffixes: [".push.apple.com", ".notify.windows.com"],
} as const;

export type EndpointProblem = "not-https" | "credentials" | "port" | "ip-address" | "unknown-host";

export function pushEndpointProblem(endpoint: string): EndpointProblem | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return "not-https";
  }
  if (url.protocol !== "https:") return "not-https";
  if (url.username || url.password) return "credentials";
  if (url.port !== "") return "port";
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  // The URL parser already turns "2130706433" and "0x7f.1" into dotted addresses.
  if (net.isIP(host) !== 0) return "ip-address";
  const known =
    (PUSH_SERVICE_HOSTS.exact as readonly string[]).includes(host) ||
    PUSH_SERVICE_HOSTS.suffixes.some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
  return known ? undefined : "unknown-host";
}

const notPublic = new net.BlockList();
for (const [range, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 3],
] as const)
  notPublic.addSubnet(range, bits, "ipv4");
for (const [range, bits] of [
  ["::", 127],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["64:ff9b::", 96],
] as const)
  notPublic.addSubnet(range, bits, "ipv6");

export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]!);
  return !notPublic.check(address, family === 4 ? "ipv4" : "ipv6");
}

// Resolves as usual, then refuses the connection when any address is not a public one: checked at
// connect time, so a name that resolved well when the subscription was saved cannot be re-pointed.
export const publicOnlyLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const list = addresses as dns.LookupAddress[];
    if (list.length === 0 || list.some((a) => !isPublicAddress(a.address)))
      return callback(Object.assign(new Error("push service address not public"), { code: "EPUSHADDRESS" }), "", 0);
    if ((options as dns.LookupOptions).all)
      return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    return callback(null, list[0]!.address, list[0]!.family);
  });
};

let agent: https.Agent | undefined;
/** The agent every push request goes through. */
export function pushAgent(): https.Agent | undefined {
  return (agent ??= new https.Agent({ keepAlive: true, lookup: publicOnlyLookup }));
}
