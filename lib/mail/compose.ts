// One plain layout for every email: a heading, short paragraphs, one button-like link, a footer.
// Plain text and HTML carry the same words; user text is escaped in the HTML.

export type MailContent = {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  // Small print under the message (why you get it, how to stop it).
  footer: string[];
};

export type ComposedMail = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

// Control characters (a newline in a name) never reach a header or the layout.
export const singleLine = (value: string) => value.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();

export function composeMail(content: MailContent): ComposedMail {
  const text = [
    content.heading,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(content.action ? [`${content.action.label}:`, content.action.url, ""] : []),
    "--",
    ...content.footer,
  ].join("\n");
  const paragraph = (p: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(p)}</p>`;
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#0f5c4d;color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600;display:inline-block">${escapeHtml(content.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#555;word-break:break-all">${escapeHtml(content.action.url)}</p>`
    : "";
  const footer = content.footer
    .map((line) => `<p style="margin:0 0 6px;font-size:13px;color:#555">${escapeHtml(line)}</p>`)
    .join("");
  const html = `<!doctype html><html><body style="margin:0;padding:24px;font-family:system-ui,sans-serif;color:#1b1b1b;background:#ffffff"><div style="max-width:560px;margin:0 auto"><h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>${content.paragraphs.map(paragraph).join("")}${action}<hr style="border:none;border-top:1px solid #ddd;margin:24px 0">${footer}</div></body></html>`;
  return { subject: singleLine(content.subject), text, html };
}
