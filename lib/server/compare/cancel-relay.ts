import "server-only";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { z } from "zod";
import { PANE_ID, RUN_ID } from "@/lib/schemas/compare";

/** One pane to cut: `proof` ties the request to the caller who started the run (see cancel.ts). */
export interface CancelAsk {
  run: string;
  pane: string;
  proof: string;
}

/** Asks the other app instances to cut a pane; resolves true once the instance running it did. */
export interface CancelRelay {
  ask(request: CancelAsk): Promise<boolean>;
  close(): Promise<void>;
}

const ASK = "apigo_compare_cancel";
const ACK = "apigo_compare_cancel_ack";
// No instance answering within this time: nobody runs that pane (it finished, or never existed).
const ASK_TIMEOUT_MS = 1500;

const token = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const askSchema = z.object({
  id: token,
  from: token,
  run: z.string().regex(RUN_ID),
  pane: z.string().regex(PANE_ID),
  proof: token,
});
const ackSchema = z.object({ id: token, to: token });

function parse<T>(schema: z.ZodType<T>, payload: string | undefined): T | undefined {
  try {
    const result = schema.safeParse(JSON.parse(payload ?? ""));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cross-instance cancel over PostgreSQL LISTEN/NOTIFY, on one dedicated connection per instance. The
 * asking instance NOTIFYs every instance; the one running the pane cuts it (`cutLocal`) and answers on
 * the acknowledgement channel. `onLost` is called when the connection breaks, so the caller reopens it.
 */
export async function openPostgresRelay(
  url: string,
  cutLocal: (request: CancelAsk) => boolean,
  { onLost = () => undefined, timeoutMs = ASK_TIMEOUT_MS }: { onLost?: () => void; timeoutMs?: number } = {},
): Promise<CancelRelay> {
  const self = randomBytes(12).toString("base64url");
  const client = new pg.Client({ connectionString: url });
  const pending = new Map<string, () => void>();
  let closing = false;
  const lost = () => {
    if (!closing) onLost();
  };
  client.on("error", lost);
  client.on("end", lost);
  const notify = (channel: string, payload: object) =>
    client.query("select pg_notify($1, $2)", [channel, JSON.stringify(payload)]);
  client.on("notification", (msg) => {
    if (msg.channel === ASK) {
      const ask = parse(askSchema, msg.payload);
      if (!ask || ask.from === self || !cutLocal(ask)) return;
      void notify(ACK, { id: ask.id, to: ask.from }).catch(() => undefined);
    } else if (msg.channel === ACK) {
      const ack = parse(ackSchema, msg.payload);
      if (ack?.to === self) pending.get(ack.id)?.();
    }
  });
  await client.connect();
  await client.query(`listen ${ASK}`);
  await client.query(`listen ${ACK}`);
  return {
    async ask(request) {
      const id = randomBytes(12).toString("base64url");
      const answered = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve(false);
        }, timeoutMs);
        pending.set(id, () => {
          clearTimeout(timer);
          pending.delete(id);
          resolve(true);
        });
      });
      await notify(ASK, { ...request, id, from: self });
      return answered;
    },
    async close() {
      closing = true;
      await client.end();
    },
  };
}

/** One instance (no DATABASE_URL): every run is local, there is nobody to ask. */
export const localRelay: CancelRelay = {
  ask: async () => false,
  close: async () => undefined,
};
