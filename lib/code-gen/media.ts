import type { BuiltImageRequest } from "@/lib/images/request";
import { toPublicRequest } from "./request";
import type { CodeRequest } from "./types";

// The media tabs' View code: the request their Generate button sends, from the same builders
// (buildImageRequest, buildCreateForm), as the user would send it to API·GO directly.

export function imageCodeRequest(built: BuiltImageRequest): CodeRequest {
  return toPublicRequest({ ...built, body: JSON.stringify(built.body) });
}

/** POST /v1/videos: the form's text fields in order, and an attached reference as a local file. */
export function videoCodeRequest(form: FormData, headers: Record<string, string>): CodeRequest {
  const base = toPublicRequest({ url: "/api/apigo/v1/videos", headers, body: "{}" });
  const fields: [string, string][] = [];
  const files: { name: string; filename: string; type: string }[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") fields.push([name, value]);
    else {
      // A local path in the snippet: the file's own name, reduced to characters no shell or form parses.
      const filename = value.name.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[.-]+/, "") || "reference";
      files.push({ name, filename, type: value.type || "application/octet-stream" });
    }
  }
  return {
    ...base,
    headers: { ...base.headers, "content-type": "multipart/form-data" },
    multipart: { fields, files },
  };
}
