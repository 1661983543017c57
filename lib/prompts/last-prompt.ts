// Which saved prompt a tab's setup came from (saved there, or opened from the library), so the next
// "Save prompt" in that tab offers a new version of it. Per browser tab (sessionStorage), a hint only.

export type PromptTab = "chat" | "messages";

const key = (tab: PromptTab) => `apigo-prompts-last-${tab}`;

export function lastPromptId(tab: PromptTab): string | undefined {
  try {
    return sessionStorage.getItem(key(tab)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberPromptId(tab: PromptTab, id: string): void {
  try {
    sessionStorage.setItem(key(tab), id);
  } catch {
    // Storage refused (private mode, quota): the dialog then offers a new prompt, which is still right.
  }
}
