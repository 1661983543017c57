"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/lib/i18n/provider";
import { useToolLibraryStore } from "@/lib/tools/library-store";
import type { ToolSpec } from "@/lib/tools/spec";

/** Saved tool sets: save the conversation's tools under a name, or use a saved set here. */
export function ToolLibrary({ tools, onLoad }: { tools: ToolSpec[]; onLoad: (tools: ToolSpec[]) => void }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState("");
  const sets = useToolLibraryStore((s) => s.sets);
  const save = useToolLibraryStore((s) => s.save);
  const remove = useToolLibraryStore((s) => s.remove);
  return (
    <section className="grid gap-2 border-t pt-3" aria-labelledby={`${id}-title`} data-testid="tool-library">
      <h3 id={`${id}-title`} className="text-sm font-semibold">
        {t("tools.library")}
      </h3>
      <p className="text-muted-foreground text-xs">{t("tools.libraryHelp")}</p>
      <div className="flex items-end gap-2">
        <div className="grid flex-1 gap-1">
          <Label htmlFor={id}>{t("tools.setName")}</Label>
          <Input id={id} value={name} onChange={(e) => setName(e.target.value)} data-testid="tool-set-name" />
        </div>
        <Button
          variant="outline"
          disabled={!name.trim() || tools.length === 0}
          onClick={() => {
            save(name.trim(), tools);
            setName("");
          }}
          data-testid="tool-set-save"
        >
          {t("tools.saveSet")}
        </Button>
      </div>
      {sets.length === 0 ? (
        <p className="text-muted-foreground text-xs">{t("tools.noSets")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {sets.map((set) => (
            <li key={set.name} className="flex items-center gap-1 rounded-md border px-1">
              <Button variant="ghost" size="sm" onClick={() => onLoad(set.tools)} data-testid="tool-set-load">
                {t("tools.loadSet", { name: set.name })}
              </Button>
              <Button
                variant="ghost"
                size="sm"
                aria-label={t("tools.deleteSet", { name: set.name })}
                onClick={() => remove(set.name)}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
