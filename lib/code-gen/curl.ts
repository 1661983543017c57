import { headerName, isStreamBody, prettyJson } from "./request";
import type { CodeGenerator } from "./types";

const shellQuote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

export const curlGenerator: CodeGenerator = {
  id: "curl",
  label: "cURL",
  language: "bash",
  generate({ url, headers, body, multipart }) {
    const lines = [`curl ${isStreamBody(body) ? "-N " : ""}${url}`];
    for (const [name, value] of Object.entries(headers)) {
      // curl writes the multipart Content-Type itself, with its boundary.
      if (multipart && name === "content-type") continue;
      lines.push(`  -H ${shellQuote(`${headerName(name)}: ${value}`)}`);
    }
    if (multipart) {
      // --form-string: a value starting with @ or < is sent as text, never read from a file.
      for (const [name, value] of multipart.fields)
        lines.push(`  --form-string ${shellQuote(`${name}=${value}`)}`);
      for (const f of multipart.files)
        lines.push(`  -F ${shellQuote(`${f.name}=@${f.filename};type=${f.type}`)}`);
    } else lines.push(`  -d ${shellQuote(prettyJson(body))}`);
    return lines.join(" \\\n");
  },
};
