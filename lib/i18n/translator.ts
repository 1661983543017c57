import type { Messages } from "./messages/en";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every translatable key, as a dotted path: `"chat.send"`, `"share.revoke"`. */
export type MessageKey = Leaves<Messages>;
export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;
export type { Messages };

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const segment of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === "string" ? node : undefined;
}

/**
 * A translate function over one catalogue (and an optional fallback one). Imports no catalogue itself,
 * so the browser bundle carries none: the active one arrives as a prop from the server layout.
 * `{name}` placeholders are replaced by `vars.name`; unknown placeholders stay visible.
 */
export function createTranslator(messages: Messages, fallback?: Messages): Translate {
  return (key, vars) => {
    const template = lookup(messages, key) ?? (fallback && lookup(fallback, key)) ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in vars ? String(vars[name]) : match,
    );
  };
}
