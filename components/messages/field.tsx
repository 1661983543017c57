"use client";

import { type ReactNode, useId } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

interface FieldProps {
  label: string;
  /** The wire name (body field or header) the value is sent as. */
  wire: string;
  children: (id: string) => ReactNode;
  help?: string;
  className?: string;
}

/** A labelled setting that names the field it is sent as, so the form reads like the API reference. */
export function Field({ label, wire, children, help, className }: FieldProps) {
  const id = useId();
  return (
    <div className={cn("grid min-w-0 content-start gap-1", className)}>
      <Label htmlFor={id} className="flex flex-wrap items-baseline gap-x-1.5">
        {label}
        <code className="text-muted-foreground font-mono text-[0.7rem] font-normal">{wire}</code>
      </Label>
      {children(id)}
      {help && <p className="text-muted-foreground text-xs">{help}</p>}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  wire: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  numeric?: boolean;
  help?: string;
  list?: string[];
  testId: string;
}

export function TextField({
  label,
  wire,
  value,
  onChange,
  placeholder,
  numeric,
  help,
  list,
  testId,
}: TextFieldProps) {
  return (
    <Field label={label} wire={wire} help={help}>
      {(id) => (
        <>
          <Input
            id={id}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            placeholder={placeholder}
            inputMode={numeric ? "decimal" : undefined}
            list={list ? `${id}-list` : undefined}
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            data-testid={testId}
          />
          {list && (
            <datalist id={`${id}-list`}>
              {list.map((item) => (
                <option key={item} value={item} />
              ))}
            </datalist>
          )}
        </>
      )}
    </Field>
  );
}

interface ToggleProps {
  label: string;
  wire?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
}

export function Toggle({ label, wire, checked, onChange, testId }: ToggleProps) {
  return (
    <label className="flex cursor-pointer items-center gap-2 text-sm select-none">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="accent-primary size-4"
        data-testid={testId}
      />
      {label}
      {wire && <code className="text-muted-foreground font-mono text-[0.7rem]">{wire}</code>}
    </label>
  );
}
