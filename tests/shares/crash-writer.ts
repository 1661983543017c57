// Child process of crash.test.ts: writes shares to a SQLite file as fast as it can and prints each id
// once its insert has returned (acknowledged), until it is killed. Run with --conditions=react-server.
import { hashToken, newShareId } from "@/lib/server/shares/ids";
import { openSqliteStore } from "@/lib/server/shares/sqlite-store";

const file = process.argv[2];
if (!file) throw new Error("usage: crash-writer <sqlite file>");
const store = openSqliteStore(file);
process.stdout.write("ready\n");
for (let i = 0; ; i++) {
  const id = newShareId();
  await store.insert({
    id,
    kind: "chat",
    snapshot: JSON.stringify({ v: 1, kind: "chat", i, pad: "x".repeat(2000) }),
    teamOnly: false,
    createdAt: Date.now(),
    expiresAt: null,
    deleteTokenHash: hashToken(id),
  });
  process.stdout.write(`${id}\n`);
}
