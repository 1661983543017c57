import type { Translate } from "@/lib/i18n/translate";
import { useShortcutNotice } from "./notice";

/** The copy-last-reply shortcut: copies and says so, since nothing on screen changes. */
export async function copyReply(text: string | undefined, t: Translate): Promise<void> {
  const { announce } = useShortcutNotice.getState();
  if (!text?.trim()) {
    announce(t("shortcuts.nothingToCopy"));
    return;
  }
  try {
    await navigator.clipboard.writeText(text);
    announce(t("shortcuts.copied"));
  } catch {
    announce(t("shortcuts.copyFailed"));
  }
}
