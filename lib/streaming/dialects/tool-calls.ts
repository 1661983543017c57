import type { ReplyChunk } from "../dialect";

interface Call {
  id: string;
  name: string;
  args: string;
  done: boolean;
}

/** A tool call's arguments as parsed JSON, or the text as sent when it is not JSON (shown, sent back as is). */
function parseArgs(text: string): unknown {
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Tool calls streamed in fragments keyed by an index (Chat Completions `delta.tool_calls[].index`,
 * Anthropic content block index) as AI SDK `dynamic-tool` chunks: input-start on the first fragment,
 * input-delta per argument fragment (the SDK shows the partial JSON as it grows), input-available once
 * the call is complete.
 */
export function createToolCallReader() {
  const calls = new Map<number, Call>();
  return {
    /** A fragment of call `index`: its id and name come with the first one. */
    fragment(index: number, fragment: { id?: string | null; name?: string | null; args?: string | null }) {
      const out: ReplyChunk[] = [];
      let call = calls.get(index);
      if (!call) {
        call = { id: fragment.id || `call_${index}`, name: fragment.name ?? "", args: "", done: false };
        calls.set(index, call);
        out.push({ type: "tool-input-start", toolCallId: call.id, toolName: call.name, dynamic: true });
      } else if (fragment.name && !call.name) call.name = fragment.name;
      if (fragment.args) {
        call.args += fragment.args;
        out.push({ type: "tool-input-delta", toolCallId: call.id, inputTextDelta: fragment.args });
      }
      return out;
    },
    /** Ends one call (a content block stop), or every open one (finish or end of stream). */
    finish(index?: number): ReplyChunk[] {
      const out: ReplyChunk[] = [];
      for (const [i, call] of calls) {
        if (call.done || (index !== undefined && i !== index)) continue;
        call.done = true;
        out.push({
          type: "tool-input-available",
          toolCallId: call.id,
          toolName: call.name,
          input: parseArgs(call.args),
          dynamic: true,
        });
      }
      return out;
    },
  };
}
