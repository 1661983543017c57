/**
 * Models that put their reasoning inline (`<think>…</think>` at the start of the text, as DeepSeek R1
 * and QwQ do) get it shown like `reasoning_content`. An unclosed tag means the reasoning still streams.
 */
export function splitThink(text: string): { think?: string; open: boolean; rest: string } {
  const match = /^\s*<think>([\s\S]*?)(<\/think>|$)/.exec(text);
  if (!match) return { open: false, rest: text };
  return {
    think: match[1] ?? "",
    open: match[2] !== "</think>",
    rest: text.slice(match[0].length).trimStart(),
  };
}
