import type { PromptSnapshot } from "@/lib/schemas/share";
import { rememberPromptId } from "./last-prompt";
import { openVersion } from "./open-version";
import { promptStore } from "./store";

/** "Open in my playground" for a shared prompt: it joins this browser's library, its latest version opens. */
export async function forkPrompt(snapshot: PromptSnapshot): Promise<string> {
  const { prompt } = snapshot;
  const [id] = await promptStore().importAll([prompt]);
  const latest = prompt.versions.at(-1);
  if (!latest) return "/chat";
  const tab = latest.setup.api;
  if (id) rememberPromptId(tab, id);
  return openVersion(latest.setup, tab, prompt.name);
}
