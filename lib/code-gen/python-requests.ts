import { headerName, isStreamBody, toPython } from "./request";
import type { CodeGenerator } from "./types";

export const pythonRequestsGenerator: CodeGenerator = {
  id: "python-requests",
  label: "Python",
  language: "python",
  generate({ url, headers, body }) {
    const stream = isStreamBody(body);
    const headerLiteral = toPython(
      Object.fromEntries(Object.entries(headers).map(([k, v]) => [headerName(k), v])),
    );
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
