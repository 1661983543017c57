/** One tool result the client sent back, whichever API carried it. */
export interface ToolResult {
  /** The tool's name, from the call it answers ("" when the call is not in the history). */
  name: string;
  /** The result as text (JSON stays JSON). */
  text: string;
  isError: boolean;
}

function quote(s: string, max = 300): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** A number, string or short field list from a JSON result, to show the result was read, not echoed. */
function highlight(text: string): string | undefined {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
    const fields = Object.entries(v)
      .filter(([, x]) => typeof x !== "object" || x === null)
      .slice(0, 4)
      .map(([k, x]) => `**${k}**: ${String(x)}`);
    return fields.length > 0 ? fields.join(", ") : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The model's reply after it received tool results: it quotes each result (so a test or a user can
 * see the result was used) and says what it concludes; an `is_error` result is acknowledged as a
 * failure. Deterministic.
 */
export function composeToolReply(results: readonly ToolResult[], lastUser: string): string {
  const lines: string[] = [];
  const ask = lastUser ? ` for "${quote(lastUser, 80)}"` : "";
  if (results.length === 1) lines.push(`I called the tool${ask}. Here is what it returned:`);
  else lines.push(`I called ${results.length} tools${ask}. Here is what they returned:`);
  lines.push("");
  for (const r of results) {
    const label = r.name ? `\`${r.name}\`` : "the tool";
    if (r.isError) {
      lines.push(
        `- ${label} failed: "${quote(r.text)}". I could not use that result; check the input and try again.`,
      );
      continue;
    }
    lines.push(`- ${label} returned: ${quote(r.text) || "(empty)"}`);
    const h = highlight(r.text);
    if (h) lines.push(`  - Key values: ${h}`);
  }
  lines.push("");
  const ok = results.filter((r) => !r.isError).length;
  lines.push(
    ok === results.length
      ? "Based on these results, that answers your request."
      : `${ok} of ${results.length} tool calls succeeded; the answer above uses only those results.`,
  );
  return lines.join("\n");
}

/** Text of a tool result's content: a string, or text parts/blocks joined (images counted). */
export function resultText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content))
    return content === undefined || content === null ? "" : JSON.stringify(content);
  return content
    .map((p: unknown) => {
      if (typeof p !== "object" || p === null) return "";
      const part = p as { type?: unknown; text?: unknown };
      if (typeof part.text === "string") return part.text;
      return part.type === "image" || part.type === "image_url" ? "[image]" : "";
    })
    .filter(Boolean)
    .join("\n");
}
