// Runs once when the server starts: a misconfigured deployment (e.g. a server key without an access
// code, which would be an open relay) must refuse to start rather than fail on the first request.
// Then the request hook goes in (the client's address for rate limits, Node's request deadline; see
// lib/server/peer-address.ts) and the share store is opened, which applies its schema migrations, so a
// schema problem shows in the start-up log instead of on the first share. Last, the graceful shutdown
// on SIGTERM (lib/server/lifecycle/shutdown.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertStartupEnv, installRequestHook, installShutdownAtStartup, openShareStoreAtStartup } =
    await import("./lib/server/startup");
  assertStartupEnv();
  installRequestHook();
  await openShareStoreAtStartup();
  await installShutdownAtStartup();
}
