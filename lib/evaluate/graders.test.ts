import { describe, expect, it } from "vitest";
import { type GradeDeps, type GradeInput, gradeReply, replyJson } from "./graders";
import { compilePattern, REGEX_MAX_PATTERN, testRegex } from "./regex";
import { parseRubric, rubricSetup } from "./rubric";
import type { Grader } from "./types";

const input = (reply: string, extra: Partial<GradeInput> = {}): GradeInput => ({
  reply,
  vars: { topic: "rust" },
  prompt: "Tell me about rust",
  ...extra,
});
const deps = (rubricReply = ""): GradeDeps => ({
  columnModel: "gpt-4o-mini",
  signal: new AbortController().signal,
  rubric: async () => rubricReply,
});
const grade = async (grader: Grader, i: GradeInput, d = deps()) => (await gradeReply([grader], i, d))[0];

describe("text graders", () => {
  it("contains / not-contains fill {{variables}}; an empty value means the expected value", async () => {
    expect(await grade({ kind: "contains", value: "{{topic}}" }, input("I like rust."))).toMatchObject({
      pass: true,
    });
    expect(await grade({ kind: "contains", value: "Rust" }, input("I like rust."))).toMatchObject({
      pass: false,
      code: "notContains",
      params: { needle: "Rust" },
      reason: "Does not contain “Rust”",
    });
    expect(await grade({ kind: "not-contains", value: "sorry" }, input("ok"))).toMatchObject({ pass: true });
    expect(await grade({ kind: "contains" }, input("42!", { expected: "42" }))).toMatchObject({ pass: true });
    expect(await grade({ kind: "contains" }, input("x"))).toMatchObject({
      pass: false,
      reason: expect.stringMatching(/^Nothing to compare/),
    });
  });

  it("equals compares trimmed text", async () => {
    expect(await grade({ kind: "equals" }, input(" Paris\n", { expected: "Paris" }))).toMatchObject({
      pass: true,
    });
    expect(await grade({ kind: "equals", value: "Paris" }, input("paris"))).toMatchObject({ pass: false });
  });

  it("json accepts the whole reply or one fenced block", async () => {
    expect(replyJson('```json\n{"a":1}\n```')).toEqual({ ok: true, value: { a: 1 } });
    expect(await grade({ kind: "json" }, input('{"a":1}'))).toMatchObject({ pass: true });
    expect(await grade({ kind: "json" }, input("{a:1}"))).toMatchObject({
      pass: false,
      reason: expect.stringMatching(/^Not valid JSON/),
    });
  });

  it("length bounds count characters", async () => {
    expect(await grade({ kind: "length", min: 2, max: 4 }, input("abc"))).toMatchObject({
      pass: true,
      reason: "3 characters (allowed 2–4)",
    });
    expect(await grade({ kind: "length", max: 2 }, input("abc"))).toMatchObject({ pass: false });
  });
});

describe("regex grader", () => {
  it("takes /source/flags or a bare pattern; g and y are dropped", () => {
    expect(compilePattern("/ab+/gi").flags).toBe("i");
    expect(compilePattern("^a$").source).toBe("^a$");
  });

  it("matches, reports an invalid pattern and caps the pattern's length", async () => {
    expect(await grade({ kind: "regex", value: "/RUST/i" }, input("rust"))).toMatchObject({ pass: true });
    expect(await grade({ kind: "regex", value: "(" }, input("x"))).toMatchObject({
      pass: false,
      reason: expect.stringMatching(/^Invalid pattern/),
    });
    expect(await testRegex("a".repeat(REGEX_MAX_PATTERN + 1), "a")).toMatchObject({ pass: false });
  });

  it("stops a catastrophic pattern in the worker after its time budget", async () => {
    // Node has no Web Worker global; this checks the browser path with a stand-in worker that never answers.
    const g = globalThis as { Worker?: unknown };
    const terminated: string[] = [];
    g.Worker = class {
      onmessage: unknown;
      postMessage() {}
      terminate() {
        terminated.push("yes");
      }
    };
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = () => "blob:regex";
    try {
      const outcome = await testRegex("(a+)+$", `${"a".repeat(40)}!`, 30);
      expect(outcome.pass).toBe(false);
      expect(outcome).toEqual({ pass: false, code: "regexTimeout", params: { ms: 30 } });
      expect(terminated).toEqual(["yes"]);
    } finally {
      delete g.Worker;
      URL.createObjectURL = createObjectURL;
    }
  });
});

describe("json-schema grader", () => {
  const schema = JSON.stringify({
    type: "object",
    required: ["answer"],
    properties: { answer: { type: "string" } },
  });
  it("validates the reply's JSON against the schema", async () => {
    expect(await grade({ kind: "json-schema", value: schema }, input('{"answer":"yes"}'))).toMatchObject({
      pass: true,
    });
    const bad = await grade({ kind: "json-schema", value: schema }, input('{"answer":1}'));
    expect(bad?.pass).toBe(false);
    expect(bad?.reason).toMatch(/#\/answer/);
    expect(await grade({ kind: "json-schema", value: "{" }, input("{}"))).toMatchObject({
      reason: expect.stringMatching(/not valid JSON/),
    });
  });
});

describe("rubric grader", () => {
  it("reads JSON, 'Score: N', 'N/5' and a leading digit", () => {
    expect(parseRubric('```json\n{"score": 4, "reason": "Clear."}\n```')).toEqual({
      score: 4,
      reason: "Clear.",
    });
    expect(parseRubric('{"rating":"5"}')).toEqual({ score: 5, reason: "(no reason given)" });
    expect(parseRubric("Score: 3 - misses the example")).toEqual({ score: 3, reason: "misses the example" });
    expect(parseRubric("I'd give it 2/5 because it rambles.")?.score).toBe(2);
    expect(parseRubric("**5** Perfect")).toEqual({ score: 5, reason: "Perfect" });
    expect(parseRubric("no idea")).toBeUndefined();
    expect(parseRubric('{"score": 9}')).toBeUndefined();
  });

  it("asks the chosen model (else the column's) and passes at the threshold", async () => {
    const asked: string[] = [];
    const d: GradeDeps = {
      ...deps(),
      rubric: async (model) => {
        asked.push(model);
        return '{"score":3,"reason":"ok-ish"}';
      },
    };
    expect(await grade({ kind: "rubric", value: "Is it right?" }, input("x"), d)).toEqual({
      kind: "rubric",
      pass: false,
      code: "rubricScore",
      params: { score: 3, threshold: 4, reason: "ok-ish" },
      reason: "3/5 (pass at 4): ok-ish",
    });
    expect(
      await grade({ kind: "rubric", value: "Is it right?", min: 3, model: "judge" }, input("x"), d),
    ).toMatchObject({ pass: true });
    expect(asked).toEqual(["gpt-4o-mini", "judge"]);
    expect(await grade({ kind: "rubric", value: "r" }, input("x"), deps("hmm"))).toMatchObject({
      pass: false,
      reason: expect.stringMatching(/^No 1-5 score/),
    });
  });

  it("builds a visible grading prompt with the rubric, prompt, expected and reply", () => {
    const setup = rubricSetup("judge", { rubric: "Be brief", prompt: "Hi", expected: "Hello", reply: "Hey" });
    expect(setup.system).toMatch(/score/);
    expect(setup.messages[0]?.content).toBe(
      "<rubric>\nBe brief\n</rubric>\n\n<prompt>\nHi\n</prompt>\n\n<expected>\nHello\n</expected>\n\n<reply>\nHey\n</reply>",
    );
  });
});
