import path from "node:path";
import { describe, expect, it } from "vitest";
import { literalAllowlist } from "./literal-allowlist";
import { scanProject, scanSource } from "./literal-scan";

const root = path.resolve(import.meta.dirname, "../..");
const allowed = (file: string, text: string) =>
  literalAllowlist.some((a) => a.file === file && a.text === text);

describe("user-visible strings go through lib/i18n", () => {
  const found = scanProject(root);

  it("no component or page shows a literal outside the allowlist", () => {
    const bypasses = found
      .filter((l) => !allowed(l.file, l.text))
      .map((l) => `${l.file}:${l.line} ${l.where}: ${JSON.stringify(l.text)}`);
    // Move each of these into lib/i18n/messages (en and zh-CN), or allowlist it with a reason.
    expect(bypasses).toEqual([]);
  });

  it("every allowlist entry still matches a literal and gives a reason", () => {
    const stale = literalAllowlist.filter((a) => !found.some((l) => l.file === a.file && l.text === a.text));
    expect(stale).toEqual([]);
    for (const entry of literalAllowlist) expect(entry.reason.length, entry.text).toBeGreaterThan(10);
  });

  it("catches text, expressions, visible props and English defaults, and ignores the rest", () => {
    const source = `
      export function X({ label = "Untitled", size = "sm" }) {
        const t = (k: string) => k;
        return (
          <div title="Hello" data-testid="not-text" className="flex gap-2" aria-hidden>
            <p>Plain words</p>
            <p>{busy ? "Loading" : t("done")}</p>
            <span aria-label={x ? t("a") : "Close"} placeholder={\`e.g. \${t("b")}\`} />
            <img alt="" title={t("c")} />
            <span>{t("ok")} · … → 42 % {" "} {count}</span>
            <code>{"·"} stream {"model"}</code>
            <kbd>Esc</kbd>
            <b>中文</b>
          </div>
        );
      }`;
    const texts = scanSource("x.tsx", source).map((l) => `${l.where}:${l.text}`);
    expect(texts).toEqual([
      "default label:Untitled",
      "title:Hello",
      "text:Plain words",
      "expression:Loading",
      "aria-label:Close",
      "placeholder:e.g.",
      "text:中文",
    ]);
  });
});
