/** The ways a request can reach the simulator in one run. */
export type TargetName = "direct" | "pipe" | "bare" | "pull" | "ours";

export const TARGET_LABELS: Record<TargetName, string> = {
  direct: "direct to sim",
  pipe: "node:http pipe",
  bare: "bare Next route",
  // An experiment: the bare route with lib/server/proxy.ts's reply wrapper (Range downloads only).
  pull: "bare + pull wrapper",
  ours: "our proxy",
};

export interface Target {
  name: TargetName;
  /** POST here for /v1/chat/completions. */
  chatUrl: string;
  /** The server process between client and simulator (none for direct). */
  pid?: number;
}

export const PORTS = {
  ours: 7101,
  bare: 7102,
  pipe: 7103,
  oursRange: 7104,
  sim: 7110,
  rangeFiles: 7111,
  bareRange: 7105,
  pipeRange: 7106,
  demo: 7107,
} as const;

export function chatUrl(name: TargetName, port: number): string {
  if (name === "direct" || name === "pipe") return `http://127.0.0.1:${port}/v1/chat/completions`;
  if (name === "bare") return `http://127.0.0.1:${port}/api/v1/chat/completions`;
  return `http://127.0.0.1:${port}/api/apigo/v1/chat/completions`;
}
