// One pass of every SDK operation the playground relies on, reduced to what must match between the
// simulator reached directly and reached through the proxy (ids and timestamps differ by design).
import { createHash } from "node:crypto";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";

export const SIM_KEY = "sk-simconformance";
const user = (content: string) => [{ role: "user" as const, content }];

export interface Targets {
  /** e.g. http://127.0.0.1:4010/v1 or http://127.0.0.1:3100/api/apigo/v1 */
  openaiBase: string;
  /** e.g. http://127.0.0.1:4010 or http://127.0.0.1:3100/api/apigo */
  anthropicBase: string;
}

async function bytesOf(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return sha256(Buffer.from(await res.arrayBuffer()));
}

// Media compared by digest and size: equal bytes, readable diffs.
const sha256 = (b: Buffer) => `${b.length}:${createHash("sha256").update(b).digest("hex")}`;

export async function runAll(t: Targets) {
  const openai = new OpenAI({ apiKey: SIM_KEY, baseURL: t.openaiBase, maxRetries: 0 });
  const anthropic = new Anthropic({ apiKey: SIM_KEY, baseURL: t.anthropicBase, maxRetries: 0 });

  const chat = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: user("Say hello to the proxy"),
  });
  const chatOut = {
    text: chat.choices[0]?.message.content,
    finish: chat.choices[0]?.finish_reason,
    usage: chat.usage,
  };

  const stream = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: user("Stream a short poem"),
    stream: true,
    stream_options: { include_usage: true },
  });
  let deltas = "";
  let streamFinish: string | null | undefined;
  let streamUsage: unknown;
  let chunks = 0;
  for await (const chunk of stream) {
    chunks += 1;
    deltas += chunk.choices[0]?.delta.content ?? "";
    streamFinish = chunk.choices[0]?.finish_reason ?? streamFinish;
    if (chunk.usage) streamUsage = chunk.usage;
  }

  const thinking = await anthropic.messages
    .stream({
      model: "claude-sonnet-4-5-20250929-thinking",
      max_tokens: 2048,
      thinking: { type: "enabled", budget_tokens: 1024 },
      messages: user("Think, then answer: what is a proxy?"),
    })
    .finalMessage();
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5-20251001",
    max_tokens: 512,
    messages: user("Answer briefly"),
  });
  const strip = (m: Anthropic.Message) => ({
    content: m.content.map((b) =>
      b.type === "text"
        ? { text: b.text }
        : b.type === "thinking"
          ? { thinking: b.thinking }
          : { type: b.type },
    ),
    stop: m.stop_reason,
    usage: m.usage,
    model: m.model,
  });

  const b64 = await openai.images.generate({
    model: "gpt-image-1",
    prompt: "a red square",
    response_format: "b64_json",
  });
  const url = await openai.images.generate({
    model: "dall-e-3",
    prompt: "a blue circle",
    response_format: "url",
  });
  const imageUrl = url.data?.[0]?.url ?? "";

  let video = await openai.videos.create({ model: "sora-2", prompt: "a calm sea", seconds: "4" });
  const videoId = video.id;
  for (let i = 0; i < 100 && video.status !== "completed" && video.status !== "failed"; i++) {
    await new Promise((r) => setTimeout(r, 200));
    video = await openai.videos.retrieve(videoId);
  }
  const content = await openai.videos.downloadContent(videoId);

  return {
    chat: chatOut,
    chatStream: { text: deltas, finish: streamFinish, usage: streamUsage, chunks },
    messagesStream: strip(thinking),
    messages: strip(msg),
    imageB64: sha256(Buffer.from(b64.data?.[0]?.b64_json ?? "", "base64")),
    imageUrlBytes: await bytesOf(imageUrl),
    video: {
      status: video.status,
      progress: video.progress,
      contentType: content.headers.get("content-type"),
      bytes: sha256(Buffer.from(await content.arrayBuffer())),
    },
  };
}
