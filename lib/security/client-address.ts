// Who is on the other end of a request. Next gives a route handler no socket address, and the
// X-Forwarded-For it fills in itself keeps whatever the client wrote (`??=`), so our own server
// (lib/runtime/serve.ts) works the address out from the socket and puts it in a header it always
// overwrites. Only with TRUSTED_PROXY_HOPS = N does it believe X-Forwarded-For, and then only the
// entry the outermost of those N proxies wrote (the Nth from the right).
export const CLIENT_IP_HEADER = "x-comeback-client-ip";
export const REQUEST_ID_HEADER = "x-request-id";

export function trustedProxyHops(value: string | undefined = process.env.TRUSTED_PROXY_HOPS): number {
  const hops = Number(value ?? "0");
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

// An address as a rate-limit key: IPv4-mapped IPv6 folded to IPv4, anything that is not an address refused.
function normalizeAddress(raw: string | undefined): string | undefined {
  const value = (raw ?? "").trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return /^[0-9a-f:.]{2,45}$/i.test(value) ? value.toLowerCase() : undefined;
}

export function clientAddressOf(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string {
  if (hops > 0) {
    const list = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean);
    // Fewer entries than trusted proxies: the request did not come through all of them, so the
    // socket is the only thing we know for sure.
    const fromProxy = list.length >= hops ? normalizeAddress(list[list.length - hops]) : undefined;
    if (fromProxy) return fromProxy;
  }
  return normalizeAddress(peer) ?? "unknown";
}

// Inside the app: the address our server wrote. Without our server in front (unit tests) there is
// none, and every caller shares one "unknown" allowance, which errs on the side of refusing.
export function clientIpOf(headers: Headers): string {
  return normalizeAddress(headers.get(CLIENT_IP_HEADER) ?? undefined) ?? "unknown";
}
