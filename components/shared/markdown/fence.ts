/** `code` as one fenced markdown block: the fence is longer than any backtick run inside. */
export function fenced(code: string, language = ""): string {
  let longest = 0;
  for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${code}\n${fence}`;
}
