// Where the server may connect to deliver a push message (lib/push/endpoint-policy.ts).
import { describe, expect, it } from "vitest";
import { isPublicAddress, publicOnlyLookup, pushEndpointProblem } from "@/lib/push/endpoint-policy";

describe("pushEndpointProblem", () => {
  it.each([
    ["http://127.0.0.1:39931/push/abc", "not-https"],
    ["https://127.0.0.1/push", "ip-address"],
    ["https://[::1]/push", "ip-address"],
    ["https://2130706433/push", "ip-address"],
    ["https://0x7f.1/push", "ip-address"],
    ["https://localhost/push", "unknown-host"],
    ["https://fcm.googleapis.com.evil.example/x", "unknown-host"],
    ["https://evilnotify.windows.com/x", "unknown-host"],
    ["https://notify.windows.com/x", "unknown-host"],
    ["https://fcm.googleapis.com:8443/x", "port"],
    ["https://a:b@fcm.googleapis.com/x", "credentials"],
    ["not a url", "not-https"],
    ["https://fcm.googleapis.com/fcm/send/x", undefined],
    ["https://updates.push.services.mozilla.com/wpush/v2/x", undefined],
    ["https://web.push.apple.com/x", undefined],
    ["https://wns2-par02p.notify.windows.com/w/?token=x", undefined],
  ])("%s → %s", (endpoint, problem) => {
    expect(pushEndpointProblem(endpoint)).toBe(problem);
  });
});

describe("isPublicAddress", () => {
  it.each([
    ["127.0.0.1", false],
    ["10.1.2.3", false],
    ["172.20.0.1", false],
    ["192.168.1.1", false],
    ["169.254.169.254", false],
    ["100.64.0.1", false],
    ["0.0.0.0", false],
    ["::1", false],
    ["::", false],
    ["fd00::1", false],
    ["fe80::1", false],
    ["::ffff:127.0.0.1", false],
    ["142.250.74.10", true],
    ["2a00:1450:4001:82a::200a", true],
  ])("%s → %s", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe("the connection-time lookup", () => {
  it("refuses a name that resolves to the loopback", async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      publicOnlyLookup("localhost", {}, (e) => resolve(e)),
    );
    expect(error?.code).toBe("EPUSHADDRESS");
  });
});
