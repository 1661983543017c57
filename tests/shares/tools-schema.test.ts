import { describe, expect, it } from "vitest";
import { MAX_SHARED_TOOLS, shareSnapshotSchema } from "@/lib/schemas/share";
import { chatToolsSnapshot, messagesSnapshot } from "./fixtures";

// The server parses every snapshot with shareSnapshotSchema before storing it: a crafted tool set or
// tool turn is refused (a 400) or loses the fields it adds, never stored as sent (issue #20).

const tool = chatToolsSnapshot.tools?.tools[0];
const withTools = (tools: unknown, extra: object = {}) => ({
  ...chatToolsSnapshot,
  tools: { ...chatToolsSnapshot.tools, tools, ...extra },
});
const refused = (snapshot: unknown) => expect(shareSnapshotSchema.safeParse(snapshot).success).toBe(false);

describe("shared tool sets and tool turns (schema)", () => {
  it("round-trips a chat and a Messages share with tools", () => {
    expect(shareSnapshotSchema.parse(chatToolsSnapshot)).toEqual(chatToolsSnapshot);
    const messages = { ...messagesSnapshot, tools: chatToolsSnapshot.tools };
    expect(shareSnapshotSchema.parse(messages)).toEqual(messages);
  });

  it("refuses too many tools, names the APIs refuse, over-long fields and junk choices", () => {
    refused(withTools(Array.from({ length: MAX_SHARED_TOOLS + 1 }, (_, i) => ({ ...tool, name: `t${i}` }))));
    for (const name of ["", "has space", "x".repeat(65), "<script>", "名前", 42])
      refused(withTools([{ ...tool, name }]));
    refused(withTools([{ ...tool, parameters: "x".repeat(100_001) }]));
    refused(withTools([{ ...tool, description: "x".repeat(20_001) }]));
    refused(withTools([{ ...tool, mock: "x".repeat(100_001) }]));
    for (const choice of ["always", "tool:", "tool:a b", { type: "function" }])
      refused(withTools([tool], { choice }));
    refused(withTools([tool], { parallel: true }));
    refused({ ...chatToolsSnapshot, tools: [tool] });
  });

  it("refuses nested junk where text belongs", () => {
    refused(withTools([{ ...tool, parameters: { type: "object", properties: {} } }]));
    refused(withTools([{ ...tool, mock: { a: { b: {} } } }]));
    const reply = chatToolsSnapshot.messages[1];
    const step = (call: object) => ({
      ...chatToolsSnapshot,
      messages: [{ ...reply, steps: [{ content: "", toolCalls: [call] }] }],
    });
    const call = { id: "call_1", name: "get_weather", arguments: "{}" };
    refused(step({ ...call, arguments: { city: "Paris" } }));
    refused(step({ ...call, result: { nested: ["junk"] } }));
    refused(step({ ...call, id: "" }));
    refused(step({ ...call, arguments: "x".repeat(200_001) }));
    refused({ ...chatToolsSnapshot, messages: [{ ...reply, steps: Array(101).fill({ content: "" }) }] });
    refused(step({ ...call, id: "x".repeat(201) }));
  });

  it("drops the fields a crafted tool, call or step adds", () => {
    const reply = chatToolsSnapshot.messages[1];
    const crafted = {
      ...withTools([{ ...tool, apiKey: "sk-secret", headers: { authorization: "Bearer x" } }], { extra: 1 }),
      messages: [
        {
          ...reply,
          steps: [
            { content: "", cookie: "c", toolCalls: [{ id: "c1", name: "f", arguments: "{}", raw: "r" }] },
          ],
        },
      ],
    };
    const text = JSON.stringify(shareSnapshotSchema.parse(crafted));
    for (const field of ["apiKey", "sk-secret", "authorization", "extra", "cookie", '"raw"'])
      expect(text).not.toContain(field);
  });
});
