"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Props = {
  publicKey: string | undefined;
  save: (subscription: unknown) => Promise<{ ok: boolean }>;
  remove: (endpoint: string) => Promise<{ ok: boolean }>;
};

type Status = "checking" | "on" | "off" | "unsupported" | "unavailable" | "denied";

const keyBytes = (base64url: string) =>
  Uint8Array.from(
    atob(
      base64url
        .replace(/-/g, "+")
        .replace(/_/g, "/")
        .padEnd(Math.ceil(base64url.length / 4) * 4, "="),
    ),
    (c) => c.charCodeAt(0),
  );

async function statusNow(publicKey: string | undefined): Promise<Status> {
  if (!publicKey) return "unavailable";
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window))
    return "unsupported";
  if (Notification.permission === "denied") return "denied";
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ? "on" : "off";
}

// This device's push subscription: asks the browser (permission, PushManager through the service
// worker) and stores the subscription on the server for this account.
export function PushToggle({ publicKey, save, remove }: Props) {
  const t = useTranslations("notify.prefs.push");
  const [status, setStatus] = useState<Status>("checking");
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    void statusNow(publicKey).then((next) => live && setStatus(next));
    return () => {
      live = false;
    };
  }, [publicKey]);

  async function turnOn() {
    setBusy(true);
    setFailed(false);
    try {
      if ((await Notification.requestPermission()) !== "granted") return setStatus("denied");
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(publicKey!),
      });
      if (!(await save(subscription.toJSON())).ok) throw new Error("not saved");
      setStatus("on");
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    setFailed(false);
    try {
      const subscription = await (await navigator.serviceWorker.ready).pushManager.getSubscription();
      if (subscription) {
        await remove(subscription.endpoint);
        await subscription.unsubscribe();
      }
      setStatus("off");
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2" aria-live="polite">
      <h3 className="text-lg font-semibold">{t("title")}</h3>
      {status === "checking" ? null : <p>{t(status)}</p>}
      {failed ? <FormMessage message={t("failed")} /> : null}
      {status === "off" ? (
        <Button type="button" variant="secondary" pending={busy} onClick={() => void turnOn()}>
          {busy ? t("working") : t("enable")}
        </Button>
      ) : null}
      {status === "on" ? (
        <Button type="button" variant="secondary" pending={busy} onClick={() => void turnOff()}>
          {busy ? t("working") : t("disable")}
        </Button>
      ) : null}
    </div>
  );
}
