import { prettyJson } from "@/lib/pretty-json";
import { fenced } from "./fence";

/**
 * A reply that is one JSON object or array (JSON mode: response_format json_object / json_schema, or a
 * model that answers in JSON) as a highlighted, indented ```json block (lib/pretty-json.ts, capped);
 * while such a reply still streams (`{"…` that does not parse yet) its text as it is, in the same block.
 * Anything else: undefined, the text renders as markdown.
 */
export function jsonReply(text: string): string | undefined {
  const body = text.trim();
  const first = body[0];
  if (first !== "{" && first !== "[") return undefined;
  const last = body.at(-1);
  if ((first === "{" && last === "}") || (first === "[" && last === "]")) {
    try {
      return fenced(prettyJson(JSON.parse(body)).text, "json");
    } catch {
      // Not (yet) JSON: see below.
    }
  }
  return /^\{\s*"/.test(body) ? fenced(body, "json") : undefined;
}
