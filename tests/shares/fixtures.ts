// Valid snapshots of every kind, for the share tests (and the e2e spec that posts one directly).
import type {
  ChatSnapshot,
  CompareSnapshot,
  ImagesSnapshot,
  MessagesSnapshot,
  VideosSnapshot,
} from "@/lib/schemas/share";

/** A 1×1 PNG. */
export const PNG_1PX =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

export const chatSnapshot: ChatSnapshot = {
  v: 1,
  kind: "chat",
  title: "Haiku about the sea",
  api: "chat-completions",
  model: "gpt-4o-mini",
  vendor: "openai",
  system: "You are terse.",
  params: { temperature: 0.7, max_tokens: 256, stop: ["\n\n"], stream: true },
  messages: [
    { role: "user", content: "Write a haiku about the sea" },
    {
      role: "assistant",
      content: "Waves fold into foam,\n**salt** wind writes on the sand,\nthe tide keeps its time.",
      reasoning: "Five, seven, five.",
      metrics: {
        model: "gpt-4o-mini-2024-07-18",
        ttftMs: 412,
        totalMs: 1830,
        usage: { promptTokens: 21, completionTokens: 19, totalTokens: 40 },
        finishReason: "stop",
      },
    },
  ],
};

export const messagesSnapshot: MessagesSnapshot = {
  v: 1,
  kind: "messages",
  api: "messages",
  model: "claude-sonnet-4-5",
  vendor: "anthropic",
  anthropicVersion: "2023-06-01",
  system: "Use tools when useful.",
  params: { max_tokens: 1024, thinking: { type: "enabled", budget_tokens: 512 }, stream: true },
  messages: [
    { role: "user", blocks: [{ type: "text", text: "Weather in Paris?" }] },
    {
      role: "assistant",
      blocks: [
        { type: "thinking", thinking: "I should call the weather tool." },
        { type: "tool_use", id: "toolu_01", name: "get_weather", input: { city: "Paris" } },
      ],
      metrics: {
        ttftMs: 380,
        totalMs: 990,
        usage: {
          promptTokens: 120,
          completionTokens: 40,
          cacheReadInputTokens: 100,
          cacheCreationInputTokens: 0,
        },
        finishReason: "tool_use",
      },
    },
  ],
};

export const imagesSnapshot: ImagesSnapshot = {
  v: 1,
  kind: "images",
  settings: {
    prompt: "A lighthouse at dusk",
    model: "gpt-image-1",
    size: "1024x1024",
    n: 1,
    quality: "high",
    style: "vivid",
    background: "auto",
    outputFormat: "png",
    vendor: "",
  },
  images: [{ mime: "image/png", data: PNG_1PX, width: 1, height: 1 }],
  imagesOmitted: false,
};

export const videosSnapshot: VideosSnapshot = {
  v: 1,
  kind: "videos",
  settings: {
    prompt: "A paper boat on a river",
    model: "sora-2",
    size: "1280x720",
    seconds: "4",
    vendor: "",
  },
  job: { status: "completed", progress: 100 },
};

export const compareSnapshot: CompareSnapshot = {
  v: 1,
  kind: "compare",
  title: "Three models, one question",
  panes: [
    { ...chatSnapshot, api: "chat-completions", model: "gpt-4o-mini" },
    { ...chatSnapshot, api: "chat-completions", model: "deepseek-chat", vendor: "deepseek" },
    messagesSnapshot,
  ].map((pane) => {
    const {
      v: _v,
      kind: _k,
      title: _t,
      ...conversation
    } = pane as typeof pane & { v?: 1; kind?: string; title?: string };
    return conversation;
  }) as CompareSnapshot["panes"],
};

/** A chat that called a tool (issue #20): its tool set, and a reply whose first step called it. */
export const chatToolsSnapshot: ChatSnapshot = {
  ...chatSnapshot,
  title: "Weather with a tool",
  tools: {
    tools: [
      {
        name: "get_weather",
        description: "Current weather for a city",
        parameters: '{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}',
        mock: '{"temperature":21}',
      },
    ],
    choice: "required",
    parallel: "on",
  },
  messages: [
    { role: "user", content: "Weather in Paris?" },
    {
      role: "assistant",
      content: "It is 17 °C in Paris.",
      steps: [
        {
          content: "",
          toolCalls: [
            {
              id: "call_1",
              name: "get_weather",
              arguments: '{"city":"Paris"}',
              result: '{"temperature":17}',
            },
          ],
        },
        { content: "It is 17 °C in Paris." },
      ],
    },
  ],
};
