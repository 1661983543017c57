import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import { canonicalJson } from "./canonical-json";
import { type Prompt, type PromptSetup, promptSchema, promptSetupSchema, promptVersionsMax } from "./schema";

// The prompt library lives in this browser's IndexedDB, one row per prompt holding its versions.
// Rows are parsed on the way out like any other input: a row from an older or newer shape is skipped.

export const promptsDbName = "apigo-prompts";
const promptsDbVersion = 1;

interface PromptsDb extends DBSchema {
  prompts: { key: string; value: Prompt };
}

export interface SavePromptInput {
  /** Save onto this prompt (a new version when the setup changed); absent: a new prompt. */
  id?: string;
  name: string;
  setup: PromptSetup;
}

export interface SaveResult {
  prompt: Prompt;
  /** The version the setup is now: a new one, or the latest when nothing changed. */
  n: number;
  changed: boolean;
}

export interface PromptStore {
  list(): Promise<Prompt[]>;
  get(id: string): Promise<Prompt | undefined>;
  save(input: SavePromptInput): Promise<SaveResult>;
  delete(id: string): Promise<void>;
  /** Adds prompts as new entries (fresh ids); one equal to a stored prompt is skipped. Returns the new ids. */
  importAll(prompts: Prompt[]): Promise<string[]>;
}

export const sameSetup = (a: PromptSetup, b: PromptSetup) => canonicalJson(a) === canonicalJson(b);

export function newPromptId(): string {
  return crypto.randomUUID().replaceAll("-", "");
}

/** The prompt with one more version; past the cap the oldest versions go (their numbers are not reused). */
export function withVersion(prompt: Prompt, setup: PromptSetup, savedAt: number): Prompt {
  const last = prompt.versions.at(-1);
  const versions = [...prompt.versions, { n: (last?.n ?? 0) + 1, savedAt, setup }];
  return { ...prompt, versions: versions.slice(-promptVersionsMax) };
}

function parsePrompt(row: unknown): Prompt | undefined {
  const parsed = promptSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

export function createPromptStore(name = promptsDbName, now: () => number = Date.now): PromptStore {
  let dbPromise: Promise<IDBPDatabase<PromptsDb>> | undefined;
  const db = () => {
    dbPromise ??= openDB<PromptsDb>(name, promptsDbVersion, {
      upgrade(database) {
        database.createObjectStore("prompts", { keyPath: "id" });
      },
      blocking() {
        void dbPromise?.then((d) => d.close());
        dbPromise = undefined;
      },
    });
    return dbPromise;
  };

  return {
    async list() {
      const rows = await (await db()).getAll("prompts");
      return rows
        .map(parsePrompt)
        .filter((p): p is Prompt => p !== undefined)
        .sort((a, b) => (b.versions.at(-1)?.savedAt ?? 0) - (a.versions.at(-1)?.savedAt ?? 0));
    },

    async get(id) {
      return parsePrompt(await (await db()).get("prompts", id));
    },

    async save({ id, name, setup: input }) {
      const setup = promptSetupSchema.parse(input);
      const title = name.trim();
      const tx = (await db()).transaction("prompts", "readwrite");
      const existing = id === undefined ? undefined : parsePrompt(await tx.store.get(id));
      const at = now();
      let result: SaveResult;
      if (!existing) {
        const prompt = { id: id ?? newPromptId(), name: title, createdAt: at, versions: [] };
        result = { prompt: withVersion(prompt, setup, at), n: 1, changed: true };
      } else {
        const last = existing.versions.at(-1);
        const changed = !last || !sameSetup(last.setup, setup);
        const prompt = changed ? withVersion(existing, setup, at) : existing;
        result = {
          prompt: { ...prompt, name: title || prompt.name },
          n: prompt.versions.at(-1)?.n ?? 1,
          changed,
        };
      }
      const stored = promptSchema.parse(result.prompt);
      await Promise.all([tx.store.put(stored), tx.done]);
      return { ...result, prompt: stored };
    },

    async delete(id) {
      await (await db()).delete("prompts", id);
    },

    async importAll(prompts) {
      const tx = (await db()).transaction("prompts", "readwrite");
      const stored = (await tx.store.getAll()).map(parsePrompt);
      const known = new Set(stored.map((p) => p && canonicalJson({ ...p, id: "" })));
      const added: string[] = [];
      for (const prompt of prompts) {
        const key = canonicalJson({ ...prompt, id: "" });
        if (known.has(key)) continue;
        known.add(key);
        const id = newPromptId();
        await tx.store.put({ ...prompt, id });
        added.push(id);
      }
      await tx.done;
      return added;
    },
  };
}

let shared: PromptStore | undefined;

/** The browser's one prompt library (created on first use, never during a server render). */
export function promptStore(): PromptStore {
  shared ??= createPromptStore();
  return shared;
}
