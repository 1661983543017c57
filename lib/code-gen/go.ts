import { headerName, prettyJson } from "./request";
import type { CodeGenerator } from "./types";

/** A Go raw string when possible; JSON string escapes are valid in Go's interpreted strings otherwise. */
const goString = (text: string) => (text.includes("`") ? JSON.stringify(text) : `\`${text}\``);

export const goGenerator: CodeGenerator = {
  id: "go",
  label: "Go",
  language: "go",
  generate({ url, headers, body }) {
    const setHeaders = Object.entries(headers).map(
      ([k, v]) => `\treq.Header.Set(${JSON.stringify(headerName(k))}, ${JSON.stringify(v)})`,
    );
    return [
      "package main",
      "",
      "import (",
      '\t"io"',
      '\t"net/http"',
      '\t"os"',
      '\t"strings"',
      ")",
      "",
      "func main() {",
      `\tbody := ${goString(prettyJson(body))}`,
      `\treq, err := http.NewRequest("POST", ${JSON.stringify(url)}, strings.NewReader(body))`,
      "\tif err != nil {",
      "\t\tpanic(err)",
      "\t}",
      ...setHeaders,
      "\tresp, err := http.DefaultClient.Do(req)",
      "\tif err != nil {",
      "\t\tpanic(err)",
      "\t}",
      "\tdefer resp.Body.Close()",
      "\t// Streamed replies print event by event as they arrive.",
      "\tio.Copy(os.Stdout, resp.Body)",
      "}",
      "",
    ].join("\n");
  },
};
