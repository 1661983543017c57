"use client";

import { Trash2Icon } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useT } from "@/lib/i18n/provider";
import { type ToolSpec, toolProblem } from "@/lib/tools/spec";

interface Props {
  tool: ToolSpec;
  all: readonly ToolSpec[];
  onChange: (tool: ToolSpec) => void;
  onRemove: () => void;
}

/** One tool: name, description, parameters schema (checked as typed) and its saved answer. */
export function ToolEditor({ tool, all, onChange, onRemove }: Props) {
  const t = useT();
  const id = useId();
  const problem = toolProblem(tool, all);
  const set = (patch: Partial<ToolSpec>) => onChange({ ...tool, ...patch });
  return (
    <fieldset className="grid gap-2 rounded-md border p-3" data-testid="tool-editor">
      <div className="flex items-end gap-2">
        <div className="grid flex-1 gap-1">
          <Label htmlFor={`${id}-name`}>{t("tools.name")}</Label>
          <Input
            id={`${id}-name`}
            value={tool.name}
            onChange={(e) => set({ name: e.target.value })}
            className="font-mono"
            spellCheck={false}
            aria-invalid={problem === "name" || problem === "duplicate"}
            data-testid="tool-name"
          />
        </div>
        <Button
          variant="ghost"
          size="icon"
          onClick={onRemove}
          aria-label={t("tools.remove", { name: tool.name })}
          data-testid="tool-remove"
        >
          <Trash2Icon aria-hidden />
        </Button>
      </div>
      <div className="grid gap-1">
        <Label htmlFor={`${id}-description`}>{t("tools.descriptionField")}</Label>
        <Input
          id={`${id}-description`}
          value={tool.description}
          onChange={(e) => set({ description: e.target.value })}
          data-testid="tool-description"
        />
      </div>
      <div className="grid gap-1">
        <Label htmlFor={`${id}-schema`}>{t("tools.parameters")}</Label>
        <Textarea
          id={`${id}-schema`}
          rows={7}
          value={tool.parameters}
          onChange={(e) => set({ parameters: e.target.value })}
          className="font-mono text-xs"
          spellCheck={false}
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          data-testid="tool-parameters"
        />
      </div>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="text-destructive text-xs" data-testid="tool-problem">
          {t(`tools.problems.${problem}`)}
        </p>
      )}
      <div className="grid gap-1">
        <Label htmlFor={`${id}-mock`}>{t("tools.mock")}</Label>
        <Textarea
          id={`${id}-mock`}
          rows={2}
          value={tool.mock ?? ""}
          onChange={(e) => set({ mock: e.target.value === "" ? undefined : e.target.value })}
          className="font-mono text-xs"
          spellCheck={false}
          aria-describedby={`${id}-mock-help`}
          data-testid="tool-mock"
        />
        <p id={`${id}-mock-help`} className="text-muted-foreground text-xs">
          {t("tools.mockHelp")}
        </p>
        <label className="flex items-center gap-1.5 text-xs">
          <input
            type="checkbox"
            checked={Boolean(tool.mockError)}
            onChange={(e) => set({ mockError: e.target.checked || undefined })}
            data-testid="tool-mock-error"
          />
          {t("tools.mockError")}
        </label>
      </div>
    </fieldset>
  );
}
