// Starts the production servers once for the whole adversarial suite and tells the test files where
// they are and where their logs go (the logs are searched for keys at the end).
import type { TestProject } from "vitest/node";
import { startAll } from "./servers";

declare module "vitest" {
  export interface ProvidedContext {
    servers: Record<string, string>;
    logs: Record<string, string>;
    dataDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = await startAll();
  project.provide("servers", Object.fromEntries(started.servers.map((s) => [s.name, s.url])));
  project.provide("logs", Object.fromEntries(started.servers.map((s) => [s.name, s.log])));
  project.provide("dataDir", started.dataDir);
  return started.stop;
}
