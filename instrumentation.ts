// Runs once when the server starts: a misconfigured deployment (e.g. a server key without an access
// code, which would be an open relay) must refuse to start rather than fail on the first request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertStartupEnv } = await import("./lib/server/startup");
  assertStartupEnv();
}
