// Browser stand-in for "zod/v3", aliased for client bundles only (next.config.mjs). Our code uses zod 4;
// the one importer is @ai-sdk/provider-utils, which reads the enum ZodFirstPartyTypeKind to turn zod 3
// tool schemas into JSON Schema, a server-side step. Importing it pulled all of zod 3 (~10 kB gzip)
// into every chat page. In zod 3 each member of that enum is its own name ("ZodString": "ZodString"),
// which this object reproduces for any member asked for.
export const ZodFirstPartyTypeKind: Readonly<Record<string, string>> = new Proxy(
  {},
  { get: (_target, key) => (typeof key === "string" ? key : undefined) },
);
