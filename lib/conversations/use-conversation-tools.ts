"use client";

import { useMemo, useState } from "react";
import { type ToolSettings, toolSettingsOf } from "@/lib/tools/spec";
import type { StoredConversation } from "./schema";
import type { ConversationTab } from "./store";
import { useSavedSettings } from "./use-saved-settings";

export interface ConversationTools {
  tools: ToolSettings;
  setTools: (update: ToolSettings | ((tools: ToolSettings) => ToolSettings)) => void;
}

/** No tools and the default choices: nothing to keep (New reuses a conversation with no settings). */
const isDefault = (t: ToolSettings) =>
  t.tools.length === 0 && t.choice === "auto" && t.parallel === "default";

/**
 * A conversation's tools (chat and Messages alike): read from its settings, saved back with them
 * (debounced), so a reload, an export and a share carry them.
 */
export function useConversationTools(
  tab: ConversationTab,
  conversation: StoredConversation,
): ConversationTools {
  const [tools, setTools] = useState(() => toolSettingsOf(conversation.settings.tools));
  useSavedSettings(
    tab,
    conversation.id,
    useMemo(() => ({ tools: isDefault(tools) ? undefined : tools }), [tools]),
  );
  return { tools, setTools };
}
