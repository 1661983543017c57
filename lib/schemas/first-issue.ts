/**
 * The first problem zod found, as `path: message` (`root: message` when it concerns the whole value,
 * or the message alone without a root): short enough to show in a reply or a dialog.
 */
export function firstIssue(
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  root = "",
): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  const path = issue.path.map(String).join(".") || root;
  return path ? `${path}: ${issue.message}` : issue.message;
}
