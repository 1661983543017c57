/**
 * What the simulator says about the images a request carried, so a user (or a test) can see they
 * arrived: the last user message's images with their type and size, and how many came earlier.
 */
export interface ImageNote {
  /** The media type (`image/png`), or `url` for an image sent by address. */
  type: string;
  /** Decoded bytes of a base64 image; absent for an address. */
  bytes?: number;
}

export interface ImageNotes {
  latest: ImageNote[];
  /** Images in earlier user messages (a follow-up still carries them). */
  earlier: number;
}

const dataUrl = /^data:([\w/+.-]+);base64,/;

const base64Bytes = (data: string) =>
  Math.floor((data.length * 3) / 4) - (data.match(/=*$/)?.[0].length ?? 0);

/** One content part or block (Chat Completions `image_url`, Anthropic `image`) as a note; undefined for text. */
function noteOf(part: unknown): ImageNote | undefined {
  if (part === null || typeof part !== "object") return undefined;
  const p = part as { type?: unknown; image_url?: { url?: unknown }; source?: Record<string, unknown> };
  if (p.type === "image_url") {
    const url = typeof p.image_url?.url === "string" ? p.image_url.url : "";
    const match = dataUrl.exec(url);
    if (!match) return { type: "url" };
    return { type: match[1] ?? "image", bytes: base64Bytes(url.slice(match[0].length)) };
  }
  if (p.type === "image") {
    const source = p.source ?? {};
    if (source.type !== "base64" || typeof source.data !== "string") return { type: "url" };
    return { type: String(source.media_type ?? "image"), bytes: base64Bytes(source.data) };
  }
  return undefined;
}

const notesOf = (content: unknown): ImageNote[] =>
  Array.isArray(content) ? content.map(noteOf).filter((n) => n !== undefined) : [];

/** The images of a request's user messages: the last one's in detail, the earlier ones counted. */
export function imageNotes(messages: readonly { role: string; content?: unknown }[]): ImageNotes {
  const users = messages.filter((m) => m.role === "user");
  const last = users.at(-1);
  const earlier = users.slice(0, -1).reduce((n, m) => n + notesOf(m.content).length, 0);
  return { latest: last ? notesOf(last.content) : [], earlier };
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The reply's sentence about the images, or "" when there were none. */
export function describeImages({ latest, earlier }: ImageNotes): string {
  const out: string[] = [];
  if (latest.length > 0) {
    const each = latest.map((n) => (n.bytes === undefined ? "by URL" : `${n.type}, ${size(n.bytes)}`));
    out.push(
      `I received ${latest.length} image${latest.length === 1 ? "" : "s"} with your message (${each.join("; ")}).`,
    );
  }
  if (earlier > 0) {
    out.push(`The conversation carries ${earlier} earlier image${earlier === 1 ? "" : "s"}.`);
  }
  return out.join(" ");
}
