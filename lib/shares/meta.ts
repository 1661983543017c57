import type { Translate } from "@/lib/i18n/translator";
import type { ShareSnapshot } from "@/lib/schemas/share";

export interface ShareMeta {
  title: string;
  description: string;
}

function modelsOf(s: ShareSnapshot): string[] {
  switch (s.kind) {
    case "chat":
    case "messages":
      return [s.model];
    case "images":
    case "videos":
      return [s.settings.model];
    case "compare":
      return s.panes.map((p) => p.model);
    case "prompt":
      return [s.prompt.versions.at(-1)?.setup.model ?? ""];
    case "evaluate":
      return s.run.columns.map((c) => c.model);
  }
}

/**
 * The title and link-preview description of a share page, from what the creator shared: the
 * snapshot's title (its first prompt unless renamed), its kind and models. Nothing else (no replies,
 * no system prompt, no parameters) goes into the tags a chat app shows in a preview.
 */
export function shareMetaOf(s: ShareSnapshot, t: Translate): ShareMeta {
  const kind = t(`share.kinds.${s.kind}`);
  const models = [
    ...new Set(
      modelsOf(s)
        .map((m) => m.trim())
        .filter(Boolean),
    ),
  ].join(", ");
  return {
    title: s.title ? t("share.meta.title", { title: s.title }) : t("share.meta.untitled", { kind }),
    description: models
      ? t("share.meta.description", { kind, models })
      : t("share.meta.descriptionNoModel", { kind }),
  };
}
