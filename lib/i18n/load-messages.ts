import type { Locale } from "./config";
import type { Messages } from "./messages/en";

/** The catalogue of a locale the page was not rendered in, fetched as its own chunk on a language switch. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case "en":
      return (await import("./messages/en")).en;
    case "zh-CN":
      return (await import("./messages/zh-CN")).zhCN;
  }
}
