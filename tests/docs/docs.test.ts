// The documentation holds together: a short README, every link to a page or picture leads somewhere (down to
// the heading it names), every docs page is reachable from the README, and no text points at an issue number
// instead of saying what and why.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();

// Pages another branch writes; a link to them may land before the page does.
const WRITTEN_ELSEWHERE = new Set(["docs/decisions/conform-forms.md"]);

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(rel);
    return entry.name.endsWith(".md") ? [rel] : [];
  });
}

const pages = ["README.md", ...markdownFiles("docs")];
const read = (rel: string) => fs.readFileSync(path.join(root, rel), "utf8");

/** Text outside fenced code blocks, where a `[x](y)` is a link and not an example. */
function prose(text: string): string {
  return text.replace(/^```[\s\S]*?^```/gm, "");
}

function linksIn(text: string): string[] {
  return [...prose(text).matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchorsOf(rel: string): Set<string> {
  const headings = [...prose(read(rel)).matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!));
  return new Set(headings);
}

// "issue #12", "issue 10", "(#12)", a bare "#12", "PR #98".
const ISSUE_PATTERNS = [/\bissues?\s*#?\d+/i, /\(#\d+\)/, /(^|[\s([])#\d+\b/m, /\bPR\s*#?\d+/];

const CHECKED = /\.(md|png|jpe?g|gif|svg|webp)$/i;

type Link = { page: string; target: string; file: string; anchor?: string };

/** Links to pages, pictures and docs folders; code paths (lib/, app/) are left to review after the code moves. */
function checkedLinks(): Link[] {
  return pages.flatMap((page) =>
    linksIn(read(page))
      .filter((target) => !/^[a-z]+:/i.test(target))
      .map((target) => {
        const [pathPart = "", anchor] = target.split("#");
        const file = pathPart
          ? path.posix.normalize(path.posix.join(path.posix.dirname(page), decodeURI(pathPart)))
          : page;
        return { page, target, file, anchor };
      })
      .filter(({ file, target }) => CHECKED.test(file) || (target.endsWith("/") && file.startsWith("docs/"))),
  );
}

describe("the documentation", () => {
  it("keeps the README to at most 150 lines", () => {
    expect(read("README.md").trimEnd().split("\n").length).toBeLessThanOrEqual(150);
  });

  it("finds pages to check", () => {
    expect(pages).toContain("docs/architecture.md");
    expect(checkedLinks().length).toBeGreaterThan(20);
  });

  it("links only to pages, pictures and folders that exist", () => {
    const broken = checkedLinks()
      .filter(({ file }) => !WRITTEN_ELSEWHERE.has(file) && !fs.existsSync(path.join(root, file)))
      .map(({ page, target }) => `${page} → ${target}`);
    expect(broken).toEqual([]);
  });

  it("links to headings that exist", () => {
    const broken = checkedLinks()
      .filter(({ file, anchor }) => anchor && file.endsWith(".md") && fs.existsSync(path.join(root, file)))
      .filter(({ file, anchor }) => !anchorsOf(file).has(anchor!))
      .map(({ page, target }) => `${page} → ${target}`);
    expect(broken).toEqual([]);
  });

  it("reaches every docs page from the README, or from the decisions index", () => {
    const fromReadme = new Set(
      checkedLinks()
        .filter((l) => l.page === "README.md")
        .map((l) => l.file),
    );
    const fromIndex = new Set(
      checkedLinks()
        .filter((l) => l.page === "docs/decisions/README.md")
        .map((l) => l.file),
    );
    const unreached = pages
      .filter((page) => page !== "README.md")
      .filter((page) => !fromReadme.has(page) && !fromIndex.has(page));
    expect(unreached).toEqual([]);
  });

  it("recognises an issue number however it is written", () => {
    for (const sample of ["see issue #12", "(#12)", "for issue 10", "Issues 3 and 4", "fixes #7", "PR #98"])
      expect(
        ISSUE_PATTERNS.some((p) => p.test(sample)),
        sample,
      ).toBe(true);
    for (const sample of ["# 1. PostgreSQL", "{weeks, plural, one {# week}}", "RFC 6238 §5.2"])
      expect(
        ISSUE_PATTERNS.some((p) => p.test(sample)),
        sample,
      ).toBe(false);
  });

  it("names no issue numbers: the text says what and why", () => {
    const patterns = ISSUE_PATTERNS;
    const found = pages.flatMap((page) =>
      read(page)
        .split("\n")
        .map((line, i) => ({ line, at: `${page}:${i + 1}` }))
        .filter(({ line }) => patterns.some((p) => p.test(line)))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
