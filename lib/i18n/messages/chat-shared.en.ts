// Strings of components/shared (copy button, code view, inspector, markdown), used by several tabs.
// chat-shared.zh-CN.ts mirrors these keys exactly.
export const sharedEn = {
  close: "Close",
  copy: "Copy",
  copied: "Copied",
  copyFailed: "Copy failed",
  modelGroups: {
    openai: "OpenAI format (chat completions)",
    anthropic: "Anthropic format (Messages and chat)",
    gemini: "Gemini format (Gemini and chat)",
  },
  code: {
    title: "View code",
    description: "The current request as runnable code. Replace YOUR_API_KEY with your API·GO key.",
    languages: "Languages",
    needsPrompt:
      "Send needs a prompt: type one in the composer. Until then the code shows YOUR_PROMPT where it goes.",
    referenceFile: "The reference image is read from a file of that name beside the script.",
  },
  inspector: {
    title: "Inspector",
    request: "Request",
    response: "Response",
    raw: "Raw response",
    headers: "Headers",
    body: "Body",
    status: "Status {status}",
    requestId: "Request id",
    events: "{count} SSE events",
    eventsTruncated: "Showing the first {count} events",
    time: "Time",
    event: "Event",
    data: "Data",
    waiting: "Waiting for the response…",
    noRaw: "Nothing received yet.",
    empty: "Send a request to inspect it.",
    sent: "Sent {time}",
  },
  json: {
    truncated: "Shown in part: this JSON is too large to show in full here.",
  },
  markdown: {
    plain: "Shown as plain text: too long or too complex to format.",
    loadImage: "Load image from {host}",
    imageBlocked: "Remote image (not loaded automatically)",
    codeLanguage: "Code: {language}",
    diagram: "Diagram drawn from the mermaid source above",
    diagramDrawing: "Drawing the diagram…",
    diagramError: "Could not draw this diagram ({message}). The source is shown above: check its syntax.",
    diagramTooLarge:
      "Not drawn: the diagram source is longer than {limit} characters. The source is shown above.",
  },
  announce: {
    replyDone: "Reply finished.",
    replyFailed: "The reply failed. The error is shown below the conversation.",
    replyStopped: "Reply stopped. What had arrived is kept.",
    replyCut: "The reply was cut off: the stream ended early and the text is partial.",
  },
};
