import { ZodError } from "zod";
import { firstIssue } from "@/lib/schemas/first-issue";

/**
 * A caught value as a short message for the UI. A setup over the library's limits (a zod error) is
 * named by where and what ("tools.0.function.description: Too big: expected string to have <=10000
 * characters"), not by zod's JSON list of issues.
 */
export function errorMessage(error: unknown): string {
  const text =
    error instanceof ZodError ? firstIssue(error) : error instanceof Error ? error.message : String(error);
  return text.slice(0, 300);
}

/** Whether the error says the setup itself is invalid (trying again will not help; changing it will). */
export const isInvalidSetup = (error: unknown) => error instanceof ZodError;
