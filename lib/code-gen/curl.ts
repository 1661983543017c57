import { headerName, isStreamBody, prettyJson } from "./request";
import type { CodeGenerator } from "./types";

const shellQuote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

export const curlGenerator: CodeGenerator = {
  id: "curl",
  label: "cURL",
  language: "bash",
  generate({ url, headers, body }) {
    const lines = [`curl ${isStreamBody(body) ? "-N " : ""}${url}`];
    for (const [name, value] of Object.entries(headers)) {
      lines.push(`  -H ${shellQuote(`${headerName(name)}: ${value}`)}`);
    }
    lines.push(`  -d ${shellQuote(prettyJson(body))}`);
    return lines.join(" \\\n");
  },
};
