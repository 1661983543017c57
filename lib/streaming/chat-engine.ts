// The streaming engine (the AI SDK's Chat, and with it `ai`, its UI-message schemas and zod): loaded
// after the page's load event by ./chat-engine-loader, never part of a page's first load.
export { Chat } from "@ai-sdk/react";
