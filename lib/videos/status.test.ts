import { describe, expect, it } from "vitest";
import { videoObjectSchema } from "@/lib/schemas/videos";
import { isTerminal, normaliseStatus, progressOf } from "./status";

describe("normaliseStatus", () => {
  it.each([
    ["queued", "queued"],
    ["pending", "queued"],
    ["processing", "running"],
    ["in_progress", "running"],
    ["IN_PROGRESS", "running"],
    ["completed", "completed"],
    [" Completed ", "completed"],
    ["failed", "failed"],
    ["FAILURE", "failed"],
  ])("maps %j to %s", (word, phase) => {
    expect(normaliseStatus(word)).toMatchObject({ phase, known: true });
  });

  it("treats an unknown or missing word as running and keeps the raw word", () => {
    expect(normaliseStatus("rendering")).toEqual({ phase: "running", raw: "rendering", known: false });
    expect(normaliseStatus("unknown")).toEqual({ phase: "running", raw: "unknown", known: false });
    expect(normaliseStatus(undefined)).toEqual({ phase: "running", raw: "", known: false });
  });

  it("knows which phases end a job", () => {
    expect(["queued", "running", "completed", "failed"].map((p) => isTerminal(p as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

describe("video object parsing", () => {
  it("reads progress as a number or an NN% string, clamped", () => {
    const parse = (progress: unknown) => videoObjectSchema.parse({ id: "task_1", progress }).progress;
    expect(parse(45)).toBe(45);
    expect(parse("30%")).toBe(30);
    expect(parse(140)).toBe(100);
    expect(parse("soon")).toBeUndefined();
    expect(parse({})).toBeUndefined();
  });

  it("tolerates extra and odd fields, and both error shapes", () => {
    const v = videoObjectSchema.parse({
      id: "task_1",
      object: "video",
      status: "failed",
      quality: "standard",
      seconds: 8,
      url: 42,
      error: { code: "content_policy_violation", message: "blocked" },
    });
    expect(v).toMatchObject({ status: "failed", seconds: 8, url: undefined });
    expect(v.error).toEqual({ code: "content_policy_violation", message: "blocked" });
    expect(videoObjectSchema.parse({ id: "x", error: "boom" }).error).toEqual({
      code: undefined,
      message: "boom",
    });
    expect(videoObjectSchema.safeParse({ status: "queued" }).success).toBe(false);
  });

  it("reports 100 % for a finished job and 0 % before any progress", () => {
    expect(progressOf({ status: "completed", progress: 40 })).toBe(100);
    expect(progressOf({ status: "failed", progress: undefined })).toBe(100);
    expect(progressOf({ status: "queued", progress: undefined })).toBe(0);
    expect(progressOf({ status: "in_progress", progress: 44.6 })).toBe(45);
  });
});
