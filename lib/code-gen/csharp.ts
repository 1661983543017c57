import { headerName, indentLines, prettyJson } from "./request";
import type { CodeGenerator } from "./types";

/** A C# 11 raw string literal needs more quotes in its delimiter than any run of quotes inside. */
function rawString(text: string): string {
  const longest = Math.max(0, ...(text.match(/"+/g) ?? []).map((run) => run.length));
  const quotes = '"'.repeat(Math.max(3, longest + 1));
  return `${quotes}\n${indentLines(text, 4)}\n    ${quotes}`;
}

export const csharpGenerator: CodeGenerator = {
  id: "csharp",
  label: "C#",
  language: "csharp",
  generate({ url, headers, body }) {
    // Content-Type belongs to the content in HttpClient, not to the request headers.
    const headerLines = Object.entries(headers)
      .filter(([k]) => k !== "content-type")
      .map(
        ([k, v]) =>
          `request.Headers.TryAddWithoutValidation(${JSON.stringify(headerName(k))}, ${JSON.stringify(v)});`,
      );
    return [
      "using System.Text;",
      "",
      "using var client = new HttpClient();",
      `using var request = new HttpRequestMessage(HttpMethod.Post, ${JSON.stringify(url)});`,
      ...headerLines,
      `var body = ${rawString(prettyJson(body))};`,
      'request.Content = new StringContent(body, Encoding.UTF8, "application/json");',
      "",
      "using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);",
      "using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());",
      "string? line;",
      "while ((line = await reader.ReadLineAsync()) != null)",
      "{",
      "    Console.WriteLine(line);",
      "}",
      "",
    ].join("\n");
  },
};
