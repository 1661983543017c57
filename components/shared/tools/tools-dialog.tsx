"use client";

import { SelectField } from "@/components/shared/select-field";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useT } from "@/lib/i18n/provider";
import type { ParallelCalls, ToolChoice, ToolSettings } from "@/lib/tools/spec";
import { toolTemplates } from "@/lib/tools/templates";
import { ToolEditor } from "./tool-editor";
import { ToolLibrary } from "./tool-library";

interface Props {
  settings: ToolSettings;
  onChange: (settings: ToolSettings) => void;
  onClose: () => void;
  /** Messages calls `required` `any`; the labels say what the API receives. */
  requiredLabel?: string;
  /** What the tools are sent with (default: this conversation). */
  description?: string;
}

/** The conversation's tools: edit, add from a template, pick tool choice and parallel calls, reuse sets. */
export function ToolsDialog({ settings, onChange, onClose, requiredLabel, description }: Props) {
  const t = useT();
  const { tools } = settings;
  const set = (patch: Partial<ToolSettings>) => onChange({ ...settings, ...patch });
  const names = tools.map((tool) => tool.name).filter((n) => n !== "");

  function add(templateId: string) {
    const template = toolTemplates.find((x) => x.id === templateId);
    if (!template) return;
    // A second copy of a template gets a free name, so it is sendable at once.
    let name = template.tool.name;
    for (let n = 2; names.includes(name); n += 1) name = `${template.tool.name}_${n}`;
    set({ tools: [...tools, { ...template.tool, name }] });
  }

  const choices: { value: ToolChoice; label: string }[] = [
    { value: "auto", label: t("tools.choiceAuto") },
    { value: "none", label: t("tools.choiceNone") },
    { value: "required", label: requiredLabel ?? t("tools.choiceRequired") },
    ...names.map((name) => ({ value: `tool:${name}` as const, label: t("tools.choiceTool", { name }) })),
  ];
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        closeLabel={t("shared.close")}
        className="max-h-[90dvh] overflow-y-auto sm:max-w-2xl"
        data-testid="tools-dialog"
      >
        <DialogHeader>
          <DialogTitle>{t("tools.title")}</DialogTitle>
          <DialogDescription>{description ?? t("tools.description")}</DialogDescription>
        </DialogHeader>
        <div className="grid gap-3">
          {tools.length === 0 && <p className="text-muted-foreground text-sm">{t("tools.empty")}</p>}
          {tools.map((tool, index) => (
            <ToolEditor
              // Tools have no id of their own; the position is stable while the dialog is open.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              key={index}
              tool={tool}
              all={tools}
              onChange={(next) => set({ tools: tools.map((x, i) => (i === index ? next : x)) })}
              onRemove={() => set({ tools: tools.filter((_, i) => i !== index) })}
            />
          ))}
          <SelectField
            label={t("tools.addTemplate")}
            value=""
            options={[
              { value: "", label: "—" },
              ...toolTemplates.map((x) => ({ value: x.id, label: t(`tools.templates.${x.id}`) })),
            ]}
            onChange={add}
            testId="tools-add"
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              label={t("tools.choice")}
              value={settings.choice}
              options={choices}
              onChange={(value) => set({ choice: value as ToolChoice })}
              testId="tools-choice"
            />
            <SelectField
              label={t("tools.parallel")}
              value={settings.parallel}
              options={[
                { value: "default", label: t("tools.parallelDefault") },
                { value: "on", label: t("tools.parallelOn") },
                { value: "off", label: t("tools.parallelOff") },
              ]}
              onChange={(value) => set({ parallel: value as ParallelCalls })}
              testId="tools-parallel"
            />
          </div>
          <ToolLibrary tools={tools} onLoad={(loaded) => set({ tools: loaded })} />
        </div>
      </DialogContent>
    </Dialog>
  );
}
