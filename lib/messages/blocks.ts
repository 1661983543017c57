import { z } from "zod";
import { capText, type PrettyJson, prettyJson } from "@/lib/pretty-json";

/**
 * Content blocks other than text and thinking (tool_use, redacted_thinking, server tools, ...) travel
 * in the reply as `data-block` parts, one per block index, updated in place while their JSON streams.
 */
export const BLOCK_PART = "block";
export const blockPartType = `data-${BLOCK_PART}` as const;

export const blockDataSchema = z.object({
  blockType: z.string(),
  /** tool_use */
  toolId: z.string().optional(),
  name: z.string().optional(),
  /** The parsed input once the block is complete (tool_use), or the whole block for other types. */
  value: z.unknown().optional(),
  /** input_json_delta fragments so far; kept when they never form valid JSON (cut stream). */
  partialJson: z.string().optional(),
  complete: z.boolean(),
});
export type BlockData = z.infer<typeof blockDataSchema>;

/** A data part read back from a message (possibly a stored one), or undefined when it is not ours. */
export function blockDataOf(part: { type: string; data?: unknown }): BlockData | undefined {
  if (part.type !== blockPartType) return undefined;
  const parsed = blockDataSchema.safeParse(part.data);
  return parsed.success ? parsed.data : undefined;
}

/** The JSON shown for a block: parsed input when complete, else the raw fragments (both capped). */
export function blockJson(block: BlockData): PrettyJson {
  if (block.value !== undefined) return prettyJson(block.value);
  return capText(block.partialJson ?? "");
}
