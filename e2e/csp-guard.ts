import type { BrowserContext, ConsoleMessage } from "@playwright/test";

// Fails a test on any Content-Security-Policy violation seen in the browser. Two sources, because each
// misses some cases: Chromium's console report ("Refused to load ... because it violates ..."), and the
// page's own `securitypolicyviolation` events, echoed to the console with a marker by an init script
// (init scripts run through the DevTools protocol, so the CSP does not block them).
const MARKER = "[csp-violation]";
const CONSOLE_PATTERN = /Content Security Policy|Refused to (load|execute|apply|connect|frame|create)/i;

declare global {
  interface Window {
    __cspGuard?: boolean;
  }
}

function reportViolations(marker: string): void {
  if (window.__cspGuard) return;
  window.__cspGuard = true;
  document.addEventListener("securitypolicyviolation", (e) => {
    console.error(
      `${marker} ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`,
    );
  });
}

export interface CspGuard {
  violations: string[];
  /** Throws with every violation seen; call after the test body. */
  assertClean(): void;
}

export async function guardCsp(context: BrowserContext): Promise<CspGuard> {
  const violations: string[] = [];
  await context.addInitScript(reportViolations, MARKER);
  context.on("console", (msg: ConsoleMessage) => {
    const text = msg.text();
    if (text.includes(MARKER) || CONSOLE_PATTERN.test(text)) {
      const url = msg.page()?.url() ?? "?";
      violations.push(`${text.replace(MARKER, "").trim()} (page ${url})`);
    }
  });
  return {
    violations,
    assertClean() {
      if (violations.length > 0) {
        const unique = [...new Set(violations)];
        throw new Error(`Content-Security-Policy violations in the browser:\n- ${unique.join("\n- ")}`);
      }
    },
  };
}
