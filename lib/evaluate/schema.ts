import { z } from "zod";
import { evaluateGradesEn } from "@/lib/i18n/messages/evaluate-grades.en";
import { promptIdSchema, promptSetupSchema } from "@/lib/prompts/schema";
import { type GradeCode, graderKinds, MAX_ARGUMENT_CHARS, MAX_TOOL_CALLS } from "./types";

// A stored (or imported/shared) Evaluate run, parsed like any other input: allowlisted and capped.

export const MAX_CASES = 1000;
export const MAX_COLUMNS = 12;
export const MAX_GRADERS = 20;
export const MAX_VAR_CHARS = 20_000;
const MAX_REPLY_CHARS = 400_000;

const id = z.string().min(1).max(64);
const count = z.number().nonnegative().max(1e12);

export const evalCaseSchema = z.object({
  id,
  vars: z.record(z.string().max(64), z.string().max(MAX_VAR_CHARS)),
  expected: z.string().max(MAX_VAR_CHARS).optional(),
});

export const graderSchema = z.object({
  kind: z.enum(graderKinds),
  value: z.string().max(MAX_VAR_CHARS).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  model: z.string().max(200).optional(),
});

export const evalColumnSchema = z.object({
  id,
  label: z.string().max(200),
  api: z.enum(["chat", "messages"]),
  model: z.string().max(200),
  vendor: z.string().max(100).optional(),
  prompt: z.object({ id: promptIdSchema, n: z.number().int().positive().max(1e6) }).optional(),
});

export const cellResultSchema = z.object({
  status: z.enum(["queued", "running", "done", "error", "stopped"]),
  text: z.string().max(MAX_REPLY_CHARS),
  toolCalls: z
    .array(z.object({ name: z.string().max(64), arguments: z.string().max(MAX_ARGUMENT_CHARS) }))
    .max(MAX_TOOL_CALLS)
    .optional(),
  firstTokenMs: count.optional(),
  totalMs: count.optional(),
  tokensPerSec: count.optional(),
  usage: z.object({ input: count, output: count }).optional(),
  cost: count.optional(),
  retries: z.number().int().nonnegative().max(100),
  error: z
    .object({
      status: z.number().int().optional(),
      message: z.string().max(4000),
      code: z.enum(["incomplete", "promptMissing"]).optional(),
    })
    .optional(),
  grades: z
    .array(
      z.object({
        kind: z.string().max(32),
        pass: z.boolean(),
        reason: z.string().max(4000),
        code: z.enum(Object.keys(evaluateGradesEn) as [GradeCode, ...GradeCode[]]).optional(),
        params: z.record(z.string().max(32), z.union([z.string().max(4000), z.number()])).optional(),
      }),
    )
    .max(MAX_GRADERS)
    .optional(),
});

export const evalRunSchema = z.object({
  id,
  createdAt: z.number().nonnegative().max(1e14),
  prompt: promptSetupSchema,
  cases: z.array(evalCaseSchema).max(MAX_CASES),
  columns: z.array(evalColumnSchema).max(MAX_COLUMNS),
  graders: z.array(graderSchema).max(MAX_GRADERS),
  cells: z.record(z.string().max(130), cellResultSchema),
  concurrency: z.number().int().min(1).max(32),
  perVendor: z.number().int().min(1).max(32),
});
