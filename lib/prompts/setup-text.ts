import { canonicalJson } from "./canonical-json";
import type { PromptSetup } from "./schema";

/**
 * A setup as plain lines, the form a version diff compares: settings first (one per line, so a changed
 * temperature shows as one line; one line per tool, so an added, removed or edited tool shows as its
 * own line), then the system prompt and each message under a heading.
 */
export function setupText(setup: PromptSetup): string {
  const lines = [`api: ${setup.api}`, `model: ${setup.model}`];
  if (setup.vendor) lines.push(`vendor: ${setup.vendor}`);
  for (const key of Object.keys(setup.params).sort())
    lines.push(`${key}: ${canonicalJson(setup.params[key])}`);
  for (const tool of setup.tools ?? []) lines.push(`tool: ${canonicalJson(tool)}`);
  lines.push("", "## system", setup.system);
  setup.messages.forEach((m, i) => {
    lines.push("", `## ${i + 1}. ${m.role}`, m.content);
  });
  return `${lines.join("\n")}\n`;
}
