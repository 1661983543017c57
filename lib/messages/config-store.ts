import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { DEFAULT_ANTHROPIC_VERSION, DEFAULT_MESSAGES_VENDOR, type MessagesConfig } from "./request";

export const DEFAULT_MESSAGES_MODEL = "claude-haiku-4-5-20251001";

/** The Messages form as typed: numbers stay text until a request is built (empty = not sent). */
export interface MessagesForm {
  model: string;
  system: string;
  cacheSystem: boolean;
  maxTokens: string;
  temperature: string;
  topP: string;
  topK: string;
  /** One stop sequence per line. */
  stopSequences: string;
  thinking: boolean;
  budgetTokens: string;
  stream: boolean;
  anthropicVersion: string;
  anthropicBeta: string;
  vendor: string;
}

export const defaultMessagesForm: MessagesForm = {
  model: "",
  system: "",
  cacheSystem: false,
  maxTokens: "2048",
  temperature: "",
  topP: "",
  topK: "",
  stopSequences: "",
  thinking: false,
  budgetTokens: "1024",
  stream: true,
  anthropicVersion: DEFAULT_ANTHROPIC_VERSION,
  anthropicBeta: "",
  vendor: DEFAULT_MESSAGES_VENDOR,
};

interface MessagesConfigState {
  form: MessagesForm;
  set: (patch: Partial<MessagesForm>) => void;
  reset: () => void;
}

export const useMessagesConfigStore = create<MessagesConfigState>()(
  persist(
    (set) => ({
      form: defaultMessagesForm,
      set: (patch) => set((state) => ({ form: { ...state.form, ...patch } })),
      reset: () => set({ form: defaultMessagesForm }),
    }),
    {
      name: "apigo-playground-messages",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      skipHydration: true,
      // A stored form from an older build keeps its known fields; new fields get their defaults.
      merge: (persisted, current) => {
        const form = (persisted as { form?: Partial<MessagesForm> } | undefined)?.form ?? {};
        return { ...current, form: { ...defaultMessagesForm, ...pickKnown(form) } };
      },
    },
  ),
);

function pickKnown(form: Partial<MessagesForm>): Partial<MessagesForm> {
  const out: Partial<MessagesForm> = {};
  for (const key of Object.keys(defaultMessagesForm) as (keyof MessagesForm)[]) {
    if (typeof form[key] === typeof defaultMessagesForm[key]) Object.assign(out, { [key]: form[key] });
  }
  return out;
}

/** A number field: empty or unreadable means "not sent". */
export function numberField(text: string, integer = false): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return undefined;
  return integer ? Math.trunc(value) : value;
}

/** The request config for the current form. */
export function toMessagesConfig(form: MessagesForm): MessagesConfig {
  return {
    model: form.model.trim() || DEFAULT_MESSAGES_MODEL,
    system: form.system,
    cacheSystem: form.cacheSystem,
    maxTokens: numberField(form.maxTokens, true) ?? Number(defaultMessagesForm.maxTokens),
    temperature: numberField(form.temperature),
    topP: numberField(form.topP),
    topK: numberField(form.topK, true),
    stopSequences: form.stopSequences.split("\n").filter((s) => s.trim() !== ""),
    thinking: form.thinking,
    budgetTokens: numberField(form.budgetTokens, true) ?? Number(defaultMessagesForm.budgetTokens),
    stream: form.stream,
    anthropicVersion: form.anthropicVersion,
    anthropicBeta: form.anthropicBeta,
    vendor: form.vendor,
  };
}
