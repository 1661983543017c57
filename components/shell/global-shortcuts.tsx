"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { useOpenedOnce } from "@/lib/hooks/use-opened-once";
import { useShortcutNotice } from "@/lib/shortcuts/notice";
import { useShortcutPrefs } from "@/lib/shortcuts/prefs";
import { focusPrompt } from "@/lib/shortcuts/prompt";
import { useShortcuts } from "@/lib/shortcuts/use-shortcuts";

const ShortcutsDialog = lazyDialog(() => import("./shortcuts-dialog").then((m) => m.ShortcutsDialog));

/** Shortcuts that work on every tab (dialog, tab switching, focus the prompt) and their notices. */
export function GlobalShortcuts() {
  const router = useRouter();
  const setDialogOpen = useShortcutPrefs((s) => s.setDialogOpen);
  const dialogOpened = useOpenedOnce(useShortcutPrefs((s) => s.dialogOpen));
  useShortcuts({
    showShortcuts: () => setDialogOpen(true),
    focusPrompt,
    goChat: () => router.push("/chat"),
    goMessages: () => router.push("/messages"),
    goImages: () => router.push("/images"),
    goVideos: () => router.push("/videos"),
    goCompare: () => router.push("/compare"),
  });
  return (
    <>
      {dialogOpened && <ShortcutsDialog />}
      <ShortcutNotice />
    </>
  );
}

/** A short visible note for what a shortcut did off-screen (a copy), announced politely. */
function ShortcutNotice() {
  const { text, seq, clear } = useShortcutNotice();
  useEffect(() => {
    // Each notice (seq) gets its own 2.5 s, even when the text is the same as the last one.
    if (seq === 0) return;
    const timer = setTimeout(clear, 2500);
    return () => clearTimeout(timer);
  }, [seq, clear]);
  return (
    <div
      role="status"
      className="pointer-events-none fixed inset-x-0 bottom-24 z-50 flex justify-center px-4"
    >
      {text && (
        <p
          key={seq}
          className="bg-foreground text-background rounded-md px-3 py-1.5 text-sm shadow-lg"
          data-testid="shortcut-notice"
        >
          {text}
        </p>
      )}
    </div>
  );
}
