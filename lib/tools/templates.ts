import type { ToolSpec } from "./spec";

const schema = (properties: Record<string, unknown>, required: string[]) =>
  JSON.stringify({ type: "object", properties, required }, null, 2);

/** Starting points for the tool editor; names and schemas follow the vendors' own examples. */
export type TemplateId = "get_weather" | "search_web" | "run_sql" | "blank";

export const toolTemplates: readonly { id: TemplateId; tool: ToolSpec }[] = [
  {
    id: "get_weather",
    tool: {
      name: "get_weather",
      description: "Get the current weather in a given city.",
      parameters: schema(
        {
          city: { type: "string", description: "City name, e.g. Paris" },
          unit: { type: "string", enum: ["celsius", "fahrenheit"] },
        },
        ["city"],
      ),
      mock: JSON.stringify({ temperature: 21, unit: "celsius", conditions: "sunny" }),
    },
  },
  {
    id: "search_web",
    tool: {
      name: "search_web",
      description: "Search the web and return the top results.",
      parameters: schema(
        {
          query: { type: "string", description: "What to search for" },
          max_results: { type: "integer", minimum: 1, maximum: 10 },
        },
        ["query"],
      ),
      mock: JSON.stringify([
        { title: "API·GO", url: "https://api.apigo.ai", snippet: "One API for every model." },
      ]),
    },
  },
  {
    id: "run_sql",
    tool: {
      name: "run_sql",
      description: "Run a read-only SQL query against the analytics database.",
      parameters: schema({ query: { type: "string", description: "One SELECT statement" } }, ["query"]),
      mock: JSON.stringify({ columns: ["count"], rows: [[42]] }),
    },
  },
  {
    id: "blank",
    tool: { name: "my_tool", description: "", parameters: schema({}, []) },
  },
];
