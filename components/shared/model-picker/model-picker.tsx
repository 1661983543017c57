"use client";

import { ChevronsUpDownIcon, ImageIcon } from "lucide-react";
import { type KeyboardEvent, useId, useMemo, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { takesImages, visionRule } from "@/lib/conversations/vision-models";
import { useT } from "@/lib/i18n/provider";
import type { ModelGroup } from "@/lib/queries/models";
import { cn } from "@/lib/utils";
import { groupModels, type PickerModel } from "./group-models";

interface Props {
  label: string;
  value: string;
  onChange: (model: string) => void;
  models: PickerModel[];
  /** Groups in this order (the Messages tab lists Anthropic-format models first). */
  groupOrder?: readonly ModelGroup[];
  placeholder?: string;
  /** Loading / error / count line under the field. */
  status?: string;
  testId?: string;
}

/**
 * A searchable model field: the list is grouped by wire format and filtered by what is typed, and any text
 * is a valid value (models that the list does not show can still be used).
 */
export function ModelPicker({
  label,
  value,
  onChange,
  models,
  groupOrder,
  placeholder,
  status,
  testId = "model-picker",
}: Props) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const blurTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const groups = useMemo(() => groupModels(models, query ?? "", groupOrder), [models, query, groupOrder]);
  const flat = groups.flatMap(([, list]) => list);

  function choose(model: string) {
    onChange(model);
    setQuery(null);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (flat.length ? (i + step + flat.length) % flat.length : 0));
    } else if (event.key === "Enter" && open && flat[active]) {
      event.preventDefault();
      choose(flat[active].id);
    } else if (event.key === "Escape" && open) {
      event.stopPropagation();
      setOpen(false);
    }
  }

  return (
    <div className="relative grid min-w-0 content-start gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="relative">
        <Input
          id={id}
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            blurTimer.current = setTimeout(() => setOpen(false), 120);
          }}
          onKeyDown={onKeyDown}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          className="pr-8 font-mono"
          data-testid={`${testId}-input`}
        />
        <ChevronsUpDownIcon
          className="text-muted-foreground pointer-events-none absolute top-2.5 right-2.5 size-4"
          aria-hidden
        />
      </div>
      {open && flat.length > 0 && (
        <div
          id={`${id}-list`}
          role="listbox"
          className="bg-popover text-popover-foreground absolute top-full z-30 mt-1 max-h-80 w-full min-w-64 overflow-auto rounded-md border p-1 shadow-md"
          onMouseDown={() => clearTimeout(blurTimer.current)}
          data-testid={`${testId}-list`}
        >
          {groups.map(([group, list]) => (
            // biome-ignore lint/a11y/useSemanticElements: ARIA's grouped listbox; a fieldset is no listbox child.
            <div key={group} role="group" aria-label={t(`shared.modelGroups.${group}`)}>
              <div
                className="text-muted-foreground px-2 pt-1.5 pb-0.5 text-xs font-medium"
                aria-hidden
                data-testid={`${testId}-group`}
              >
                {t(`shared.modelGroups.${group}`)}
              </div>
              {list.map((m) => {
                const index = flat.indexOf(m);
                return (
                  <div
                    key={m.id}
                    role="option"
                    tabIndex={-1}
                    aria-selected={m.id === value}
                    onClick={() => choose(m.id)}
                    onKeyDown={() => undefined}
                    onMouseEnter={() => setActive(index)}
                    className={cn(
                      "cursor-pointer rounded px-2 py-1 font-mono text-sm",
                      index === active && "bg-accent",
                      m.id === value && "font-semibold",
                    )}
                    data-testid={`${testId}-option`}
                  >
                    {m.id}
                    {takesImages(m.id) && (
                      <ImageIcon
                        className="text-muted-foreground ml-1.5 inline size-3.5 align-[-2px]"
                        role="img"
                        aria-label={t("shared.attach.models", { rule: visionRule })}
                        data-testid={`${testId}-takes-images`}
                      >
                        <title>{t("shared.attach.models", { rule: visionRule })}</title>
                      </ImageIcon>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      )}
      {status && (
        <p className="text-muted-foreground text-xs" data-testid={`${testId}-status`}>
          {status}
        </p>
      )}
    </div>
  );
}
