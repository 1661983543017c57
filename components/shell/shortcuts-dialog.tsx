"use client";

import { Fragment, useId, useRef, useSyncExternalStore } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useT } from "@/lib/i18n/provider";
import { useShortcutPrefs } from "@/lib/shortcuts/prefs";
import { isMacPlatform, keycaps, type ShortcutGroup, shortcuts } from "@/lib/shortcuts/registry";

const groups: ShortcutGroup[] = ["conversation", "navigation", "general"];

function platform(): string {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return nav.userAgentData?.platform || nav.platform || nav.userAgent;
}

/** ⌘ on macOS and iOS, Ctrl elsewhere (and on the server, which cannot know). */
function useIsMac(): boolean {
  return useSyncExternalStore(
    () => () => {},
    () => isMacPlatform(platform()),
    () => false,
  );
}

/** Every shortcut, grouped, with the platform's keycaps; opened by `?` and by the header button. */
export function ShortcutsDialog() {
  const t = useT();
  const mac = useIsMac();
  const groupId = useId();
  const open = useShortcutPrefs((s) => s.dialogOpen);
  const setOpen = useShortcutPrefs((s) => s.setDialogOpen);
  const characterKeys = useShortcutPrefs((s) => s.characterKeys);
  const setCharacterKeys = useShortcutPrefs((s) => s.setCharacterKeys);
  const enterSends = useShortcutPrefs((s) => s.enterSends);
  const setEnterSends = useShortcutPrefs((s) => s.setEnterSends);
  // Opened by `?` there is no trigger for Radix to refocus: go back to what had focus before.
  const returnTo = useRef<HTMLElement | null>(null);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent
        className="max-h-[90dvh] overflow-y-auto sm:max-w-lg"
        closeLabel={t("settings.close")}
        data-testid="shortcuts-dialog"
        onOpenAutoFocus={() => {
          returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        }}
        onCloseAutoFocus={(event) => {
          if (!returnTo.current?.isConnected) return;
          event.preventDefault();
          returnTo.current.focus();
        }}
      >
        <DialogHeader>
          <DialogTitle>{t("shortcuts.title")}</DialogTitle>
          <DialogDescription>{t("shortcuts.description")}</DialogDescription>
        </DialogHeader>
        {groups.map((group) => (
          <section key={group} aria-labelledby={`${groupId}-${group}`}>
            <h3 id={`${groupId}-${group}`} className="mb-1 text-sm font-medium">
              {t(`shortcuts.groups.${group}`)}
            </h3>
            <dl className="divide-y text-sm">
              {shortcuts
                .filter((s) => s.group === group)
                .map((s) => (
                  <div key={s.id} className="flex items-center gap-3 py-1.5" data-testid={`shortcut-${s.id}`}>
                    <dt className="flex-1">
                      {t(s.label)}
                      {s.inFields && (
                        <span className="text-muted-foreground ml-1 text-xs">
                          ({t("shortcuts.inFields")})
                        </span>
                      )}
                    </dt>
                    <dd className="flex items-center gap-1">
                      {keycaps(s, mac).map((step, i) => (
                        <Fragment key={step.join("+")}>
                          {i > 0 && (
                            <span className="text-muted-foreground text-xs">
                              {t("shortcuts.sequenceThen")}
                            </span>
                          )}
                          {step.map((cap) => (
                            <kbd
                              key={cap}
                              className="bg-muted min-w-6 rounded border px-1.5 py-0.5 text-center font-mono text-xs"
                            >
                              {cap}
                            </kbd>
                          ))}
                        </Fragment>
                      ))}
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
        <div className="grid gap-3 border-t pt-3">
          <PrefToggle
            checked={characterKeys}
            onChange={setCharacterKeys}
            label={t("shortcuts.characterKeys")}
            help={t("shortcuts.characterKeysHelp")}
            testId="shortcuts-character-keys"
          />
          <PrefToggle
            checked={enterSends}
            onChange={setEnterSends}
            label={t("shortcuts.enterSends")}
            help={t("shortcuts.enterSendsHelp")}
            testId="shortcuts-enter-sends"
          />
        </div>
      </DialogContent>
    </Dialog>
  );
}

/** One shortcut preference: a checkbox with its label and a line of help. */
function PrefToggle(props: {
  checked: boolean;
  onChange: (on: boolean) => void;
  label: string;
  help: string;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="flex items-start gap-2 text-sm">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        className="accent-primary mt-0.5 size-4"
        aria-describedby={`${id}-help`}
        data-testid={props.testId}
      />
      <div>
        <label htmlFor={id}>{props.label}</label>
        <p id={`${id}-help`} className="text-muted-foreground text-xs">
          {props.help}
        </p>
      </div>
    </div>
  );
}
