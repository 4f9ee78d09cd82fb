// Web push against a local push endpoint: a small HTTPS server in this test receives what web-push
// sends (VAPID-signed, aes128gcm-encrypted), answers 201, then 410 (the browser dropped it), after
// which the subscription is gone. Also: the new tables in the export and in the account deletion.
import { execFileSync } from "node:child_process";
import { createECDH, randomBytes } from "node:crypto";
import fs from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { notificationPreferences, pushSubscriptions } from "@/lib/db/schema";
import { prepareJobs } from "@/lib/jobs/prepare";
import { deliverNotification } from "@/lib/server/notification/deliver";
import { savePreferences } from "@/lib/server/notification/preferences";
import { deletePushSubscription, savePushSubscription } from "@/lib/push/subscriptions";
import { deleteAccount } from "@/lib/server/account/delete-account";
import { exportAccount } from "@/lib/server/account/export-account";
import { givePassword, TEST_PASSWORD } from "../factories/db";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { startSink } from "./helpers";

// This test's push service is a local https server on 127.0.0.1, which the app's endpoint policy
// refuses by design; here the policy steps aside, and push-endpoint-policy.test.ts and
// tests/security/push-endpoint.test.ts test it.
vi.mock("@/lib/push/endpoint-policy", () => ({ pushEndpointProblem: () => undefined, pushAgent: () => undefined }));

const { db, url } = await createTestDatabase();
// The job queue, as every start makes it (deleting an account deletes the jobs that name it).
await prepareJobs(url);
await startSink();

type Received = { headers: IncomingHttpHeaders; body: Buffer; path: string };
const received: Received[] = [];
let answer = 201;
let server: https.Server;
let origin = "";

beforeAll(async () => {
  // A self-signed certificate for 127.0.0.1, trusted by this process only (web-push speaks https only).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "comeback-push-"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  const cert = fs.readFileSync(path.join(dir, "cert.pem"));
  https.globalAgent.options.ca = cert;
  server = https.createServer({ key: fs.readFileSync(path.join(dir, "key.pem")), cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks), path: req.url ?? "" });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
  const keys = webpush.generateVAPIDKeys();
  process.env.VAPID_PUBLIC_KEY = keys.publicKey;
  process.env.VAPID_PRIVATE_KEY = keys.privateKey;
});
afterAll(async () => {
  delete process.env.VAPID_PUBLIC_KEY;
  delete process.env.VAPID_PRIVATE_KEY;
  https.globalAgent.options.ca = undefined;
  await new Promise((resolve) => server.close(resolve));
});

// What a browser's PushManager hands over: the push service's URL and the browser's own keys.
function browserSubscription(name: string) {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return {
    endpoint: `${origin}/push/${name}`,
    keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") },
  };
}

const prefs = {
  reminderTime: "20:00",
  reminderChannels: "push",
  alertChannels: "push",
  digestEnabled: false,
  digestTime: "08:00",
};

describe("web push", () => {
  it("delivers a red-flag alert to each of the physio's devices, encrypted and VAPID-signed, with no health data", async () => {
    const physio = await createCaller(db, "physio");
    await savePreferences(db, physio, prefs);
    await savePushSubscription(db, physio, browserSubscription("phone"));
    await savePushSubscription(db, physio, browserSubscription("laptop"));
    const before = received.length;
    const report = await deliverNotification(db, "job-1", {
      userId: physio.id,
      kind: "red_flag",
      planId: "7c1f7d0e-7a49-4b8e-8f53-3d3c8f8d0f11",
    });
    expect(report).toMatchObject({ email: false, push: 2 });
    const arrived = received.slice(before);
    expect(arrived.map((r) => r.path).sort()).toEqual(["/push/laptop", "/push/phone"]);
    for (const r of arrived) {
      expect(r.headers["content-encoding"]).toBe("aes128gcm");
      expect(String(r.headers.authorization)).toMatch(/^vapid t=.+, k=.+/);
      // Encrypted: the words are not readable on the wire.
      expect(r.body.toString("latin1")).not.toContain("patient");
    }
    // The same job again (a retry) sends nothing twice.
    await deliverNotification(db, "job-1", {
      userId: physio.id,
      kind: "red_flag",
      planId: "7c1f7d0e-7a49-4b8e-8f53-3d3c8f8d0f11",
    });
    expect(received.length).toBe(before + 2);
  });

  it("deletes a subscription when the push service answers 410 Gone", async () => {
    const runner = await createCaller(db);
    await savePreferences(db, runner, prefs);
    await savePushSubscription(db, runner, browserSubscription("old-phone"));
    answer = 410;
    try {
      const report = await deliverNotification(db, "job-2", { userId: runner.id, kind: "message" });
      expect(report.push).toBe(0);
    } finally {
      answer = 201;
    }
    expect(received.at(-1)?.path).toBe("/push/old-phone");
    expect(await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, runner.id))).toEqual([]);
  });

  it("refuses a malformed subscription and lets nobody remove another user's", async () => {
    const [owner, other] = [await createCaller(db), await createCaller(db)];
    await expect(
      savePushSubscription(db, owner, { endpoint: "javascript:alert(1)", keys: { p256dh: "x", auth: "y" } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const sub = browserSubscription("owned");
    await savePushSubscription(db, owner, sub);
    await deletePushSubscription(db, other, sub.endpoint);
    expect(await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, owner.id))).toHaveLength(1);
  });

  it("refuses a bad time or channel with the field named, saving nothing", async () => {
    const runner = await createCaller(db);
    await expect(savePreferences(db, runner, { ...prefs, reminderTime: "25:00" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      messageKey: "notify.prefs.invalidTime",
      details: { field: "reminderTime" },
    });
    await expect(savePreferences(db, runner, { ...prefs, alertChannels: "sms" })).rejects.toMatchObject({
      messageKey: "notify.prefs.invalidChannel",
    });
    expect(
      await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, runner.id)),
    ).toEqual([]);
  });
});

describe("notification data in the account export and deletion", () => {
  it("exports the preferences and push services, and deletes every notification row with the account", async () => {
    const runner = await createCaller(db);
    await savePreferences(db, runner, { ...prefs, reminderTime: "07:15" });
    await savePushSubscription(db, runner, browserSubscription("export"));
    await deliverNotification(db, "job-3", { userId: runner.id, kind: "message" });
    const data = await exportAccount(db, runner);
    expect(data.notificationPreferences).toMatchObject({ reminderTime: "07:15", reminderChannels: "push" });
    expect(data.pushSubscriptions).toEqual([{ pushService: origin }]);
    expect(JSON.stringify(data)).not.toContain("p256dh");
    await givePassword(db, runner.id);
    await deleteAccount(db, runner, { input: { confirm: "DELETE", password: TEST_PASSWORD } });
    for (const table of [
      "notification_preferences",
      "push_subscriptions",
      "notification_deliveries",
      "notification_runs",
    ]) {
      const { rows } = await db.execute(
        sql`select count(*)::int as n from ${sql.identifier(table)} where user_id = ${runner.id}`,
      );
      expect(rows[0]).toEqual({ n: 0 });
    }
  });
});
