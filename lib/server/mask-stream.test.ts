import { describe, expect, it } from "vitest";
import { createChunkMasker, sameLengthMask } from "./mask-stream";

const KEY = "sk-simSecSuiteUser8d41c7";
const TEAM = "sk-simTeamServer5e92ab";
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (parts: Uint8Array[]) => Buffer.concat(parts).toString("utf8");

function run(chunks: string[], secrets: (string | undefined)[] = [KEY, TEAM]): Uint8Array[] {
  const masker = createChunkMasker(secrets);
  if (!masker) throw new Error("no masker");
  const out = chunks.map((c) => masker.push(enc(c)));
  out.push(masker.flush());
  return out;
}

describe("createChunkMasker", () => {
  it("masks with the same byte length, ending like the key hint", () => {
    const mask = sameLengthMask(Buffer.from(KEY)).toString("utf8");
    expect(mask).toBe("*****************…41c7");
    expect(Buffer.byteLength(mask)).toBe(KEY.length);
    expect(sameLengthMask(Buffer.from("sk-short")).toString()).toBe("*****…");
  });

  it("masks every key in one chunk, both the user's and the server's", () => {
    const body = `{"error":{"message":"bad key ${KEY}, also ${TEAM} and ${KEY}"}}`;
    const text = dec(run([body]));
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(TEAM);
    expect(text.match(/…41c7/g)).toHaveLength(2);
    expect(text).toContain("…92ab");
    expect(Buffer.byteLength(text)).toBe(Buffer.byteLength(body));
  });

  it("masks a key split across two chunks at every position", () => {
    const body = `data: {"error":"${KEY}"}\n\n`;
    for (let cut = 1; cut < body.length; cut++) {
      const text = dec(run([body.slice(0, cut), body.slice(cut)]));
      expect(text, `cut at ${cut}`).toBe(body.replace(KEY, "*****************…41c7"));
    }
  });

  it("masks a key spread over many one-byte chunks", () => {
    const body = `x${KEY}y`;
    expect(dec(run([...body]))).toBe("x*****************…41c7y");
  });

  it("holds back nothing at an SSE event boundary, and passes a clean chunk on as the same object", () => {
    const masker = createChunkMasker([KEY]);
    const chunk = enc('data: {"choices":[{"delta":{"content":"sk"}}]}\n\n');
    expect(masker?.push(chunk)).toBe(chunk);
    expect(masker?.flush().byteLength).toBe(0);
  });

  it("holds back only a possible key prefix, and releases it when the key does not follow", () => {
    const masker = createChunkMasker([KEY]);
    expect(Buffer.from(masker?.push(enc("abc sk-sim")) ?? []).toString()).toBe("abc ");
    expect(Buffer.from(masker?.push(enc("ple text")) ?? []).toString()).toBe("sk-simple text");
    expect(Buffer.from(masker?.push(enc("end sk")) ?? []).toString()).toBe("end ");
    expect(Buffer.from(masker?.flush() ?? []).toString()).toBe("sk");
  });

  it("never writes into the chunk it was given", () => {
    const chunk = enc(`a ${KEY} b`);
    const copy = Uint8Array.from(chunk);
    createChunkMasker([KEY])?.push(chunk);
    expect(chunk).toEqual(copy);
  });

  it("is null without a secret worth masking", () => {
    expect(createChunkMasker([undefined, "abc"])).toBeNull();
  });
});
