/** Composers and prompt forms mark their text box so the focus-prompt shortcut can find it. */
export const promptTarget = "[data-shortcut-target='prompt']";

/** Focuses the current tab's prompt; after a new conversation it waits for the new composer to mount. */
export function focusPrompt(): void {
  const prompt = document.querySelector<HTMLElement>(promptTarget);
  prompt?.focus();
  prompt?.scrollIntoView({ block: "nearest" });
}

export function focusPromptSoon(): void {
  requestAnimationFrame(() => requestAnimationFrame(focusPrompt));
}
