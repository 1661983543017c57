import type { ChatTransport } from "ai";
import type { ExchangeLog } from "@/lib/conversations/exchange-log";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { toMessagesConfig } from "@/lib/messages/config-store";
import { createMessagesTransport } from "@/lib/messages/transport";
import { paramsToBody } from "@/lib/schemas/chat-params";
import { createChatCompletionsTransport } from "@/lib/streaming/chat-transport";
import type { BuiltRequest } from "@/lib/streaming/transport";
import type { ToolSettings } from "@/lib/tools/spec";
import { type PaneSetup, systemOf } from "./setup";

export interface PaneTransportOptions {
  /** The pane's setup, the shared system prompt and the shared tool set, read when a request is built. */
  getPane: () => { pane: PaneSetup; shared: string; tools?: ToolSettings };
  /** Given to both transports: the compare mux's fetch for this pane (one connection per send). */
  fetch: typeof fetch;
  log: ExchangeLog;
}

/**
 * A pane's useChat transport: the existing chat-completions or Messages transport (so bodies,
 * headers and stream dialects are exactly the other tabs'), picked by the pane's API at send time. The
 * shared tool set goes out in that API's wire form (lib/tools/chat-wire.ts, anthropic-wire.ts), as do
 * the turn's tool calls and results.
 */
export function createPaneTransport({ getPane, fetch, log }: PaneTransportOptions) {
  const chat = createChatCompletionsTransport({
    getConfig: () => {
      const { pane, shared, tools } = getPane();
      return {
        model: pane.model.trim(),
        system: systemOf(pane, shared),
        vendor: pane.vendor,
        params: paramsToBody(pane.chat),
        stream: pane.chat.stream,
        tools,
      };
    },
    fetch,
    ...log.hooks,
  });
  const messages = createMessagesTransport({
    getConfig: () => {
      const { pane, shared, tools } = getPane();
      const config = toMessagesConfig({
        ...pane.messages,
        model: pane.model,
        vendor: pane.vendor,
        system: systemOf(pane, shared),
      });
      return { ...config, tools };
    },
    fetch,
    ...log.hooks,
  });
  const current = () => (getPane().pane.api === "messages" ? messages : chat);
  const transport: ChatTransport<PlaygroundMessage> & {
    buildRequest: (m: PlaygroundMessage[]) => BuiltRequest;
  } = {
    sendMessages: (options) => current().sendMessages(options),
    reconnectToStream: async () => null,
    buildRequest: (m) => current().buildRequest(m),
  };
  return transport;
}
