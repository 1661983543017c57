// Walks a parsed JSON value with an explicit stack: any depth, no recursion (a value nested 100,000
// deep must not overflow the call stack of whoever inspects it).

/** Calls `visit` on every value and every object key, with its depth (the root is 1); stops when it returns true. */
export function walkJson(
  root: unknown,
  visit: (value: unknown, depth: number) => boolean | undefined,
): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, depth] = next;
    if (visit(value, depth)) return true;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], depth + 1]);
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (visit(key, depth + 1)) return true;
        stack.push([item, depth + 1]);
      }
    }
  }
  return false;
}

/** True when arrays and objects nest deeper than `max` levels (a scalar root is depth 1). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  return walkJson(value, (_, depth) => depth > max);
}
