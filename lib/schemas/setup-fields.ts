import { z } from "zod";

// The plain fields of a tab's setup (model, vendor, system prompt, title), apart from the share
// schemas so that a page reading only these (compare's address-bar state) does not load the rest.

export const modelIdSchema = z.string().trim().max(200);
/** The `vendor` header value: the gateway's channel names are plain words. */
export const vendorSchema = z
  .string()
  .trim()
  .max(64)
  .regex(/^[A-Za-z0-9._-]*$/, "vendor must be a plain word");
export const systemPromptSchema = z.string().max(200_000);
export const titleSchema = z.string().trim().max(200);
