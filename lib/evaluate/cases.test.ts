import { describe, expect, it } from "vitest";
import { detectFormat, MAX_IMPORT_CHARS, parseCases } from "./cases";
import { MAX_CASES } from "./schema";

function ok(text: string, format?: Parameters<typeof parseCases>[1]) {
  const result = parseCases(text, format);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

function error(text: string, format?: Parameters<typeof parseCases>[1]) {
  const result = parseCases(text, format);
  if (result.ok) throw new Error("expected an error");
  return result.error;
}

describe("parseCases: CSV", () => {
  it("reads the header as variable names and `expected` as the expected value", () => {
    const r = ok("topic,expected\nrust,memory\ngo,goroutine\n");
    expect(r.variables).toEqual(["topic"]);
    expect(r.cases.map((c) => [c.vars, c.expected])).toEqual([
      [{ topic: "rust" }, "memory"],
      [{ topic: "go" }, "goroutine"],
    ]);
    expect(new Set(r.cases.map((c) => c.id)).size).toBe(2);
  });

  it("follows RFC 4180 quoting: commas, doubled quotes and newlines inside quotes", () => {
    const r = ok('topic,note\r\n"a, b","say ""hi"""\r\n"multi\nline",x\r\n');
    expect(r.cases.map((c) => c.vars)).toEqual([
      { topic: "a, b", note: 'say "hi"' },
      { topic: "multi\nline", note: "x" },
    ]);
  });

  it("names the line of a row with the wrong number of fields, counting lines inside quotes", () => {
    const e = error('topic,note\n"two\nlines",x\n\nonly-one\n');
    expect(e.code).toBe("fields");
    expect(e.line).toBe(5);
    expect(e.message).toMatch(/^Line 5 has 1 field; the header has 2/);
  });

  it("reports an unclosed quote with its line", () => {
    const e = error('topic\nok\n"never closed\n');
    expect(e.code).toBe("quotes");
    expect(e.line).toBe(3);
  });

  it("rejects header names that are not variables, and duplicates", () => {
    expect(error("topic,\nx,y").code).toBe("header");
    expect(error("my topic\nx").message).toMatch(/“my topic” is not a variable name/);
    expect(error("a,A\n1,2").message).toMatch(/appears twice/);
  });

  it("drops Excel's byte-order mark and reads 期望值 / expect as the expected column", () => {
    const r = ok("\uFEFFtopic,期望值\nrust,safe\n");
    expect(r.cases[0]).toMatchObject({ vars: { topic: "rust" }, expected: "safe" });
    expect(ok("q\tExpect\na\tb").cases[0]?.expected).toBe("b");
  });

  it("caps size and rows with a clear message", () => {
    expect(error(`a\n${"x".repeat(MAX_IMPORT_CHARS)}`).code).toBe("too-big");
    const many = `a\n${Array.from({ length: MAX_CASES + 1 }, (_, i) => i).join("\n")}`;
    expect(error(many).message).toBe(
      `${MAX_CASES + 1} cases; the limit is ${MAX_CASES} per run. Split them into several runs.`,
    );
    expect(error("a\n").code).toBe("empty");
  });
});

describe("parseCases: TSV pasted from a spreadsheet", () => {
  it("splits on tabs; a cell with a newline arrives quoted", () => {
    const r = ok('topic\tExpected\nrust\t"line 1\nline 2"\ngo\t42\n');
    expect(r.cases.map((c) => [c.vars.topic, c.expected])).toEqual([
      ["rust", "line 1\nline 2"],
      ["go", "42"],
    ]);
  });
});

describe("parseCases: JSONL", () => {
  it("reads one object per line; non-strings become text", () => {
    const r = ok('{"topic":"rust","expected":"safe"}\n\n{"topic":"go","n":3,"x":null}\n');
    expect(r.cases.map((c) => [c.vars, c.expected])).toEqual([
      [{ topic: "rust" }, "safe"],
      [{ topic: "go", n: "3", x: "" }, undefined],
    ]);
    expect(r.variables).toEqual(["topic", "n", "x"]);
  });

  it("names the line that is not a JSON object", () => {
    expect(error('{"a":"1"}\n{"a":\n', "jsonl").line).toBe(2);
    expect(error('{"a":"1"}\n\n[1]\n', "jsonl").message).toMatch(/^Line 3 is not a JSON object/);
  });
});

describe("detectFormat", () => {
  it("uses the file name, else the first character or a tab in the first line", () => {
    expect(detectFormat("", "cases.JSONL")).toBe("jsonl");
    expect(detectFormat('  {"a":1}')).toBe("jsonl");
    expect(detectFormat("a\tb\n1\t2")).toBe("tsv");
    expect(detectFormat("a,b\n1\t2")).toBe("csv");
  });
});
