import "@/lib/schemas/zod-no-eval";
import { callApi, fetchJson, sendJson } from "@/lib/queries/http";
import {
  type CreateShareResponse,
  createShareResponseSchema,
  type SharedRecord,
  type ShareExpiry,
  type ShareSnapshot,
  sharedRecordSchema,
} from "@/lib/schemas/share";

// Calls to our own /api/shares routes (the only place the browser talks to the share store).

export function createShare(input: {
  snapshot: ShareSnapshot;
  expiresIn: ShareExpiry;
  teamOnly: boolean;
  videoJobId?: string;
}): Promise<CreateShareResponse> {
  return fetchJson("/api/shares", createShareResponseSchema, sendJson("POST", input));
}

export function fetchShare(id: string): Promise<SharedRecord> {
  return fetchJson(`/api/shares/${encodeURIComponent(id)}`, sharedRecordSchema);
}

export async function revokeShare(id: string, deleteToken: string): Promise<void> {
  // 204: no body to read.
  await callApi(`/api/shares/${encodeURIComponent(id)}`, sendJson("DELETE", { deleteToken }));
}
