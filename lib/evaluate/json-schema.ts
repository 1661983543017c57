import { Validator } from "@cfworker/json-schema";
import type { Verdict } from "./grade-text";

// JSON Schema checks with @cfworker/json-schema: small, maintained, drafts 4 to 2020-12, and it
// validates without eval (the app's CSP has no 'unsafe-eval', which rules out ajv's compiled
// validators). Imported lazily by the graders, so it loads only when a run has such a grader.

const validators = new Map<string, Validator>();

export function validateJson(schemaText: string, value: unknown): Verdict {
  let validator = validators.get(schemaText);
  if (!validator) {
    let schema: unknown;
    try {
      schema = JSON.parse(schemaText);
    } catch {
      return { pass: false, code: "schemaInvalid" };
    }
    if (
      typeof schema !== "boolean" &&
      (typeof schema !== "object" || schema === null || Array.isArray(schema))
    ) {
      return { pass: false, code: "schemaNotObject" };
    }
    validator = new Validator(schema as object, "2020-12", false);
    if (validators.size > 50) validators.clear();
    validators.set(schemaText, validator);
  }
  const result = validator.validate(value);
  if (result.valid) return { pass: true, code: "schemaMatch" };
  const first = result.errors.filter((e) => e.keyword !== "properties" && e.keyword !== "items").slice(0, 3);
  const shown = (first.length > 0 ? first : result.errors.slice(0, 3)).map(
    (e) => `${e.instanceLocation || "#"}: ${e.error}`,
  );
  return { pass: false, code: "schemaMiss", params: { detail: shown.join("; ") } };
}
