// A web-push subscription names the URL our server will connect to: only https addresses of the known
// push services are taken, never an address of the server's own network.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, query, resetLimits } from "./support/client";
import { callAction } from "./support/actions";

const keys = { p256dh: "BPcMbnWQL5GOYX-5wSrexAAAAA", auth: "q8uk6QIzN71wg5I" };
let runner: { cookie: string; id: string };
const stored = async () =>
  (await query<{ endpoint: string }>(`select endpoint from push_subscriptions where user_id = $1`, [runner.id])).map(
    (r) => r.endpoint,
  );

beforeAll(async () => {
  await resetLimits();
  runner = await createUser();
});

describe("push subscription endpoints", () => {
  it.each([
    ["plain http to the loopback", "http://127.0.0.1:39931/push/abc"],
    ["https to the loopback", "https://127.0.0.1/push/abc"],
    ["an IPv6 literal", "https://[::1]/push/abc"],
    ["a private address", "https://10.0.0.7/push/abc"],
    ["the metadata address", "https://169.254.169.254/latest/meta-data"],
    ["a decimal IP", "https://2130706433/push/abc"],
    ["localhost", "https://localhost/push/abc"],
    ["an unknown host", "https://push.attacker.example/abc"],
    ["a known service over http", "http://fcm.googleapis.com/fcm/send/abc"],
    ["a look-alike of a known service", "https://fcm.googleapis.com.attacker.example/fcm/send/abc"],
    ["a known service with a port", "https://fcm.googleapis.com:8443/fcm/send/abc"],
    ["a known service with credentials", "https://user:pw@fcm.googleapis.com/fcm/send/abc"],
  ])("%s is refused and not stored", async (_label, endpoint) => {
    const answer = await callAction("savePushSubscriptionAction", [{ endpoint, keys }], runner.cookie);
    expect(answer.status).toBe(200);
    expect(answer.text).toMatch(/"ok":false/);
    expect(await stored()).not.toContain(endpoint);
  });

  it.each([
    "https://fcm.googleapis.com/fcm/send/abc-def",
    "https://updates.push.services.mozilla.com/wpush/v2/gAAAAA",
    "https://web.push.apple.com/QGuQyavXutnMH",
    "https://wns2-par02p.notify.windows.com/w/?token=BQYAAAD",
  ])("%s (a known push service) is stored (the positive control)", async (endpoint) => {
    const answer = await callAction("savePushSubscriptionAction", [{ endpoint, keys }], runner.cookie);
    expect(answer.text).toMatch(/"ok":true/);
    expect(await stored()).toContain(endpoint);
  });
});
