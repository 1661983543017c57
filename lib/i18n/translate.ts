import type { Locale } from "./config";
import { en, type Messages } from "./messages/en";
import { zhCN } from "./messages/zh-CN";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every translatable key, as a dotted path: `"chat.send"`, `"comingNext.images.title"`. */
export type MessageKey = Leaves<Messages>;
export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

export const catalogues: Record<Locale, Messages> = { en, "zh-CN": zhCN };

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const segment of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === "string" ? node : undefined;
}

/** `{name}` placeholders are replaced by `vars.name`; unknown placeholders stay visible. */
export function createTranslate(locale: Locale): Translate {
  const messages = catalogues[locale];
  return (key, vars) => {
    const template = lookup(messages, key) ?? lookup(en, key) ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in vars ? String(vars[name]) : match,
    );
  };
}
