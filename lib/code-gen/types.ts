/** A request as the user would send it to API·GO directly (not through our proxy). */
export interface CodeRequest {
  /** Absolute upstream URL, e.g. `https://api.apigo.ai/v1/chat/completions`. */
  url: string;
  /** Header names in lower case; the key is always the placeholder. */
  headers: Record<string, string>;
  /** The parsed JSON body (empty for a multipart request). */
  body: Record<string, unknown>;
  /** A multipart/form-data body instead of JSON (POST /v1/videos): text fields, then files by path. */
  multipart?: MultipartBody;
}

export interface MultipartBody {
  fields: [name: string, value: string][];
  /** Files the user attaches from disk: `filename` is the local path the snippet reads. */
  files: { name: string; filename: string; type: string }[];
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
