import { headerName, indentLines, prettyJson } from "./request";
import type { CodeGenerator } from "./types";

/** Java text block content: backslashes and triple quotes would otherwise be read as escapes. */
const textBlock = (text: string) => text.replaceAll("\\", "\\\\").replaceAll('"""', '\\"""');

export const javaGenerator: CodeGenerator = {
  id: "java",
  label: "Java",
  language: "java",
  generate({ url, headers, body }) {
    const headerLines = Object.entries(headers).map(
      ([k, v]) => `            .header(${JSON.stringify(headerName(k))}, ${JSON.stringify(v)})`,
    );
    return [
      "import java.net.URI;",
      "import java.net.http.HttpClient;",
      "import java.net.http.HttpRequest;",
      "import java.net.http.HttpResponse;",
      "",
      "public class Main {",
      "    public static void main(String[] args) throws Exception {",
      '        String body = """',
      indentLines(textBlock(prettyJson(body)), 12),
      '            """;',
      "        HttpRequest request = HttpRequest.newBuilder()",
      `            .uri(URI.create(${JSON.stringify(url)}))`,
      ...headerLines,
      "            .POST(HttpRequest.BodyPublishers.ofString(body))",
      "            .build();",
      "        // Lines print as they arrive, so a streamed reply shows event by event.",
      "        HttpClient.newHttpClient()",
      "            .send(request, HttpResponse.BodyHandlers.ofLines())",
      "            .body()",
      "            .forEach(System.out::println);",
      "    }",
      "}",
      "",
    ].join("\n");
  },
};
