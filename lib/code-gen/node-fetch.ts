import { headerName, indentLines, isStreamBody, prettyJson } from "./request";
import type { CodeGenerator } from "./types";

export const nodeFetchGenerator: CodeGenerator = {
  id: "node-fetch",
  label: "Node.js",
  language: "javascript",
  generate({ url, headers, body }) {
    const named = Object.fromEntries(Object.entries(headers).map(([k, v]) => [headerName(k), v]));
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
