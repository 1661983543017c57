import { z } from "zod";
import { TOOL_NAME } from "@/lib/tools/spec";

// A saved prompt's tools in each API's wire form, as strict allowlists with caps: a prompt row, an
// imported file and a crafted share all go through these, so a hostile tool set cannot grow the
// library, the share store or the page past what the tool editor shows (lib/tools/spec.ts caps a
// schema's text at 100 000 characters, so its keys and strings fit here; names follow OpenAI's rule,
// which Anthropic shares).

export const promptToolsMax = 128;
export const toolDescriptionMax = 10_000;
/** A tool's parameters schema: nesting, values and characters (keys and strings) at most. */
export const schemaLimits = { depth: 64, nodes: 50_000, chars: 100_000 } as const;

const toolName = z.string().regex(TOOL_NAME);

/** Whether a value is plain JSON within the limits (checked without recursion, so depth cannot overflow the stack). */
export function jsonWithin(value: unknown, limits: typeof schemaLimits = schemaLimits): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  let nodes = 0;
  let chars = 0;
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [v, depth] = top;
    if (++nodes > limits.nodes || depth > limits.depth) return false;
    if (typeof v === "string") chars += v.length;
    else if (typeof v === "number") {
      if (!Number.isFinite(v)) return false;
    } else if (v && typeof v === "object") {
      const array = Array.isArray(v);
      if (!array && Object.getPrototypeOf(v) !== Object.prototype) return false;
      for (const [key, item] of Object.entries(v)) {
        if (!array) chars += key.length;
        stack.push([item, depth + 1]);
      }
    } else if (v !== null && typeof v !== "boolean") return false;
    if (chars > limits.chars) return false;
  }
  return true;
}

/** A JSON Schema object (parameters / input_schema): a plain JSON object within schemaLimits. */
const schemaObject = z.custom<Record<string, z.core.util.JSONType>>(
  (v) => !!v && typeof v === "object" && !Array.isArray(v) && jsonWithin(v),
);

const description = z.string().max(toolDescriptionMax).optional();

export const chatWireToolSchema = z.object({
  type: z.literal("function"),
  function: z.object({ name: toolName, description, parameters: schemaObject.optional() }),
});

export const messagesWireToolSchema = z.object({
  name: toolName,
  description,
  input_schema: schemaObject,
});

/** Either API's tool (a prompt row is checked per API where the API is known: see sharedPromptSchema). */
export const wireToolSchema = z.union([chatWireToolSchema, messagesWireToolSchema]);
export const wireToolsSchema = z.array(wireToolSchema).max(promptToolsMax);

/** chat-completions `tool_choice` and `parallel_tool_calls`, in wire form. */
export const chatToolParamsSchema = z.object({
  tool_choice: z
    .union([
      z.enum(["auto", "none", "required"]),
      z.object({ type: z.literal("function"), function: z.object({ name: toolName }) }),
    ])
    .optional(),
  parallel_tool_calls: z.boolean().optional(),
});

/** Messages `tool_choice`, in wire form. */
export const messagesToolParamsSchema = z.object({
  tool_choice: z
    .object({
      type: z.enum(["auto", "any", "tool", "none"]),
      name: toolName.optional(),
      disable_parallel_tool_use: z.boolean().optional(),
    })
    .optional(),
});
