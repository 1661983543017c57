/**
 * Rewrites the inline math delimiters models use into the one remark-math reads (`$$…$$`):
 * `\(…\)` (inline), `\[…\]` (display when it is the whole block, inline otherwise) and `$…$` by
 * Pandoc's rule (the opening `$` has a non-space right after it, the closing one a non-space right before
 * it and no digit after it), so prices such as "$5 and $10" stay text. Code spans, fenced and indented
 * code are left as they are, and so are escaped delimiters (`\$`, `\\(`).
 *
 * Linear in the block's length: backtick runs are matched through one list per run length with a
 * pointer that only moves forward, and a search for a closing delimiter that fails reaches the end of
 * its segment, so no later opener of the same kind searches again.
 */
export function mathDelimiters(block: string): string {
  if (!/\\[([]|\$/.test(block)) return block;
  const head = /^[ \t]*/.exec(block)?.[0] ?? "";
  if (head.replace(/\t/g, "    ").length >= 4) return block; // indented code
  const trimmed = block.trim();
  if (/^\\\[[\s\S]*\\\]$/.test(trimmed) && trimmed.indexOf("\\]") === trimmed.length - 2) {
    return `$$\n${trimmed.slice(2, -2).trim()}\n$$`;
  }
  let out = "";
  let from = 0;
  for (const [start, end] of codeRanges(block)) {
    out += inlineMath(block.slice(from, start)) + block.slice(start, end);
    from = end;
  }
  return out + inlineMath(block.slice(from));
}

/** Fenced code (whole lines between fences) and code spans, as [start, end) ranges in order. */
function codeRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  // Fences: line by line.
  let fence: string | null = null;
  let fenceStart = 0;
  const prose: [number, number][] = [];
  let proseStart = 0;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf("\n", pos);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(pos, end).trimStart();
    if (fence) {
      if (line.startsWith(fence) && line.slice(fence.length).trim() === "") {
        ranges.push([fenceStart, end]);
        fence = null;
        proseStart = end;
      }
    } else {
      const open = /^(`{3,}|~{3,})/.exec(line);
      if (open?.[1]) {
        fence = open[1];
        fenceStart = pos;
        prose.push([proseStart, pos]);
      }
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  if (fence) ranges.push([fenceStart, text.length]);
  else prose.push([proseStart, text.length]);
  for (const [a, b] of prose) ranges.push(...codeSpans(text, a, b));
  return ranges.sort((x, y) => x[0] - y[0]);
}

/** Code spans between `from` and `to`: a backtick run closed by the next run of the same length. */
function codeSpans(text: string, from: number, to: number): [number, number][] {
  const runs: { start: number; length: number }[] = [];
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 96) continue;
    let j = i;
    while (j < to && text.charCodeAt(j) === 96) j++;
    runs.push({ start: i, length: j - i });
    i = j - 1;
  }
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const list = byLength.get(run.length) ?? [];
    list.push(index);
    byLength.set(run.length, list);
  });
  const next = new Map<number, number>(); // per length: how far its list has been read
  const spans: [number, number][] = [];
  let i = 0;
  while (i < runs.length) {
    const run = runs[i] as { start: number; length: number };
    const list = byLength.get(run.length) ?? [];
    let k = next.get(run.length) ?? 0;
    while (k < list.length && (list[k] as number) <= i) k++;
    next.set(run.length, k);
    const closer = list[k];
    if (closer === undefined) {
      i++;
      continue;
    }
    const close = runs[closer] as { start: number; length: number };
    spans.push([run.start, close.start + close.length]);
    i = closer + 1;
  }
  return spans;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** `\(…\)`, `\[…\]` and Pandoc-style `$…$` in prose (no code) as `$$…$$`. */
function inlineMath(text: string): string {
  let out = "";
  let copied = 0;
  const closed = { paren: true, bracket: true, dollar: true }; // false once a search found no closer
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      const d = text[i + 1];
      const kind = d === "(" ? "paren" : d === "[" ? "bracket" : undefined;
      if (kind && closed[kind]) {
        const end = text.indexOf(d === "(" ? "\\)" : "\\]", i + 2);
        if (end === -1) closed[kind] = false;
        else if (text.slice(i + 2, end).trim() !== "") {
          out += `${text.slice(copied, i)}$$${text.slice(i + 2, end).trim()}$$`;
          copied = end + 2;
          i = end + 1;
          continue;
        }
      }
      i += 1; // an escape: the next character is literal
      continue;
    }
    if (c !== "$") continue;
    if (text[i + 1] === "$") {
      // Already `$$…$$`: leave it, and the rest of the run.
      while (text[i + 1] === "$") i++;
      continue;
    }
    if (!closed.dollar || isSpace(text[i + 1])) continue;
    const end = dollarCloser(text, i + 1);
    if (end === -1) closed.dollar = false;
    if (end < 0) continue;
    out += `${text.slice(copied, i)}$$${text.slice(i + 1, end)}$$`;
    copied = end + 1;
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * The closing `$` of inline math starting at `from`: the next `$`, if it has a non-space before it and
 * no digit after it (Pandoc's rule); -2 when that `$` does not close (the scan resumes there, so each
 * character is read at most twice); -1 when no `$` follows at all.
 */
function dollarCloser(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === "\\") {
      j++;
      continue;
    }
    if (c !== "$") continue;
    return text[j + 1] !== "$" && !isSpace(text[j - 1]) && !/[0-9]/.test(text[j + 1] ?? "") ? j : -2;
  }
  return -1;
}
