import { csharpGenerator } from "./csharp";
import { curlGenerator } from "./curl";
import { goGenerator } from "./go";
import { javaGenerator } from "./java";
import { nodeFetchGenerator } from "./node-fetch";
import { openaiNodeGenerator, openaiPythonGenerator } from "./openai-sdk";
import { pythonRequestsGenerator } from "./python-requests";
import type { CodeGenerator, CodeRequest } from "./types";

export { toPublicRequest } from "./request";
export type { CodeGenerator, CodeRequest } from "./types";
export { API_KEY_PLACEHOLDER, APIGO_BASE_URL } from "./types";

/** The six languages of API·GO's docs, for any JSON endpoint. */
export const httpGenerators: CodeGenerator[] = [
  curlGenerator,
  pythonRequestsGenerator,
  nodeFetchGenerator,
  goGenerator,
  javaGenerator,
  csharpGenerator,
];

/** What the chat tab offers: the docs' six plus the official openai SDKs. */
export const chatCompletionsGenerators: CodeGenerator[] = [
  ...httpGenerators,
  openaiPythonGenerator,
  openaiNodeGenerator,
];

/** Images: one JSON endpoint, the docs' six languages. */
export const imagesGenerators: CodeGenerator[] = httpGenerators;

/** Videos: POST /v1/videos is multipart, so the languages whose snippet writes a form. */
export const videosGenerators: CodeGenerator[] = [curlGenerator, pythonRequestsGenerator, nodeFetchGenerator];

/** Code for `request` in the language `id` from the caller's list (each tab passes its own). */
export function generateCode(
  id: string,
  request: CodeRequest,
  generators: CodeGenerator[] = httpGenerators,
): string {
  const generator = generators.find((g) => g.id === id) ?? generators[0];
  return generator ? generator.generate(request) : "";
}
