import { z } from "zod";

/** Body of PUT /api/session/key. Printable ASCII only: a key never has spaces or control characters. */
export const setKeySchema = z.object({
  key: z
    .string()
    .trim()
    .min(1)
    .max(512)
    .regex(/^[\x21-\x7e]+$/, "The key may only hold printable characters without spaces"),
});
export type SetKeyBody = z.infer<typeof setKeySchema>;
