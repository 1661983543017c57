import {
  buildChatCompletionsBody,
  type ChatCompletionsConfig,
  createChatCompletionsDialect,
} from "./dialects/chat-completions";
import { DialectTransport, type DialectTransportOptions, type RequestConfig } from "./transport";

// Its own module, so pages that speak only other APIs (Messages) do not load the chat dialect.

export type ChatCompletionsTransportConfig = ChatCompletionsConfig & RequestConfig;

export function createChatCompletionsTransport(
  options: Omit<
    DialectTransportOptions<ChatCompletionsTransportConfig>,
    "url" | "buildBody" | "createDialect"
  >,
) {
  return new DialectTransport<ChatCompletionsTransportConfig>({
    ...options,
    url: "/api/apigo/v1/chat/completions",
    buildBody: buildChatCompletionsBody,
    createDialect: createChatCompletionsDialect,
  });
}
