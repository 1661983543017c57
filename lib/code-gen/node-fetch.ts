import { headerName, indentLines, isStreamBody, prettyJson } from "./request";
import type { CodeGenerator } from "./types";

export const nodeFetchGenerator: CodeGenerator = {
  id: "node-fetch",
  label: "Node.js",
  language: "javascript",
  generate({ url, headers, body, multipart }) {
    const named = Object.fromEntries(
      Object.entries(headers)
        // fetch writes the multipart Content-Type itself, with its boundary.
        .filter(([k]) => !(multipart && k === "content-type"))
        .map(([k, v]) => [headerName(k), v]),
    );
    if (multipart) {
      return [
        ...(multipart.files.length > 0 ? ['import { readFile } from "node:fs/promises";', ""] : []),
        "const form = new FormData();",
        ...multipart.fields.map(([k, v]) => `form.append(${JSON.stringify(k)}, ${JSON.stringify(v)});`),
        ...multipart.files.map(
          (f) =>
            `form.append(${JSON.stringify(f.name)}, new Blob([await readFile(${JSON.stringify(f.filename)})], { type: ${JSON.stringify(f.type)} }), ${JSON.stringify(f.filename)});`,
        ),
        "",
        `const response = await fetch(${JSON.stringify(url)}, {`,
        `  method: "POST",`,
        `  headers: ${indentLines(prettyJson(named), 2).trimStart()},`,
        "  body: form,",
        "});",
        'if (!response.ok) throw new Error(response.status + ": " + (await response.text()));',
        "console.log(JSON.stringify(await response.json(), null, 2));",
        "",
      ].join("\n");
    }
    const read = isStreamBody(body)
      ? [
          "const decoder = new TextDecoder();",
          "for await (const chunk of response.body) {",
          "  process.stdout.write(decoder.decode(chunk, { stream: true }));",
          "}",
        ]
      : ["console.log(JSON.stringify(await response.json(), null, 2));"];
    return [
      `const response = await fetch(${JSON.stringify(url)}, {`,
      `  method: "POST",`,
      `  headers: ${indentLines(prettyJson(named), 2).trimStart()},`,
      `  body: JSON.stringify(${indentLines(prettyJson(body), 2).trimStart()}),`,
      "});",
      'if (!response.ok) throw new Error(response.status + ": " + (await response.text()));',
      ...read,
      "",
    ].join("\n");
  },
};
