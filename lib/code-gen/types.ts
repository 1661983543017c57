/** A request as the user would send it to API·GO directly (not through our proxy). */
export interface CodeRequest {
  /** Absolute upstream URL, e.g. `https://api.apigo.ai/v1/chat/completions`. */
  url: string;
  /** Header names in lower case; the key is always the placeholder. */
  headers: Record<string, string>;
  /** The parsed JSON body. */
  body: Record<string, unknown>;
}

/**
 * One "View code" language. Generators are plain objects so each tab passes its own list (HTTP
 * clients, the OpenAI SDKs for chat completions, the Anthropic SDKs for messages).
 */
export interface CodeGenerator {
  id: string;
  /** Shown on the tab (not translated: these are product names). */
  label: string;
  /** Highlighter language (highlight.js names: bash, python, javascript, go, java, csharp). */
  language: string;
  generate: (request: CodeRequest) => string;
}

export const APIGO_BASE_URL = "https://api.apigo.ai";
export const API_KEY_PLACEHOLDER = "YOUR_API_KEY";
