import "server-only";
import { env } from "@/lib/env";
import { installPeerAddressHook } from "./peer-address";

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

/** Stamps each request with its TCP peer and sets Node's request deadline (REQUEST_TIMEOUT_MS). */
export function installRequestHook(): void {
  installPeerAddressHook({ requestTimeoutMs: env().REQUEST_TIMEOUT_MS });
}

/**
 * Opens the share store at start-up (running its migrations). A database that is down must not take
 * the whole playground with it: the failure is logged with what to check, and the store retries on
 * the first share request.
 */
export async function openShareStoreAtStartup(
  open: () => Promise<unknown> = async () => (await import("./shares")).getShareStore(),
  log: (line: string) => void = console.error,
): Promise<boolean> {
  try {
    await open();
    return true;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    log(
      `Share links unavailable: the share store could not be opened or migrated (${reason}). ` +
        "Check DATABASE_URL (PostgreSQL) or that DATA_DIR is writable; chat and the other tabs keep working.",
    );
    return false;
  }
}

/** SIGTERM: streams get SHUTDOWN_DEADLINE_MS to finish, then the share store and cancel relay close. */
export async function installShutdownAtStartup(): Promise<void> {
  const [{ installGracefulShutdown }, { closeAll }] = await Promise.all([
    import("./lifecycle/shutdown"),
    import("./lifecycle/streams"),
  ]);
  installGracefulShutdown({ deadlineMs: env().SHUTDOWN_DEADLINE_MS, close: closeAll });
}
