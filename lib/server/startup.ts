import "server-only";
import { env } from "@/lib/env";

/**
 * Refuses to start on a bad environment (e.g. a server key without an access code: an open relay of a
 * paid key). A throw in the instrumentation hook would only make Next answer 500 on every request while
 * the process keeps listening, which looks healthy to a process manager; exiting is what refusing means.
 * zod's messages name the variables, never their values.
 */
export function assertStartupEnv(exit: (code: number) => never = process.exit): void {
  try {
    env();
  } catch (err) {
    const issues =
      err && typeof err === "object" && "issues" in err && Array.isArray(err.issues)
        ? err.issues.map((i: { message?: unknown }) => String(i.message)).join("; ")
        : "invalid environment";
    console.error(`Refusing to start: ${issues}`);
    exit(1);
  }
}
