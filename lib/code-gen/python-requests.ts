import { headerName, isStreamBody, toPython } from "./request";
import type { CodeGenerator } from "./types";

export const pythonRequestsGenerator: CodeGenerator = {
  id: "python-requests",
  label: "Python",
  language: "python",
  generate({ url, headers, body, multipart }) {
    const stream = isStreamBody(body);
    const headerLiteral = toPython(
      Object.fromEntries(
        Object.entries(headers)
          // requests writes the multipart Content-Type itself, with its boundary.
          .filter(([k]) => !(multipart && k === "content-type"))
          .map(([k, v]) => [headerName(k), v]),
      ),
    );
    if (multipart) {
      const files = multipart.files.map(
        (f) =>
          `    ${JSON.stringify(f.name)}: (${JSON.stringify(f.filename)}, open(${JSON.stringify(f.filename)}, "rb"), ${JSON.stringify(f.type)}),`,
      );
      return [
        "import requests",
        "",
        `url = ${JSON.stringify(url)}`,
        `headers = ${headerLiteral}`,
        `data = ${toPython(Object.fromEntries(multipart.fields))}`,
        ...(files.length > 0 ? ["files = {", ...files, "}"] : []),
        "",
        `response = requests.post(url, headers=headers, data=data${files.length > 0 ? ", files=files" : ""})`,
        "response.raise_for_status()",
        "print(response.json())",
        "",
      ].join("\n");
    }
    const read = stream
      ? ["for line in response.iter_lines(decode_unicode=True):", "    if line:", "        print(line)"]
      : ["print(response.json())"];
    return [
      "import requests",
      "",
      `url = ${JSON.stringify(url)}`,
      `headers = ${headerLiteral}`,
      `payload = ${toPython(body)}`,
      "",
      `response = requests.post(url, headers=headers, json=payload${stream ? ", stream=True" : ""})`,
      "response.raise_for_status()",
      ...read,
      "",
    ].join("\n");
  },
};
