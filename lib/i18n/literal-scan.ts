import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Finds user-visible text written straight into components instead of going through `t(...)`.
// Used by literals.test.ts; the TypeScript compiler parses each file, so comments, class names and
// test ids are never mistaken for text.

/** Props whose value a user reads or hears. */
export const visibleProps = new Set([
  "aria-label",
  "aria-description",
  "aria-placeholder",
  "aria-roledescription",
  "aria-valuetext",
  "title",
  "placeholder",
  "alt",
  "label",
  "description",
  "closeLabel",
]);

export interface Literal {
  file: string;
  line: number;
  /** "text" (JSX text), "expression" ({"…"} as a child), a prop name, or "default <prop>". */
  where: string;
  text: string;
}

// A letter in any script: "ms", "Close" and "关闭" count; "…", "·", "→", "42" and "%" do not.
const hasLetter = /\p{L}/u;

/** String literals an expression can evaluate to as displayed text (not those passed to calls). */
function shownStrings(node: ts.Expression, out: string[]): void {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) shownStrings(node.expression, out);
  else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
  else if (ts.isTemplateExpression(node)) {
    out.push(node.head.text);
    for (const span of node.templateSpans) {
      out.push(span.literal.text);
      shownStrings(span.expression, out);
    }
  } else if (ts.isConditionalExpression(node)) {
    shownStrings(node.whenTrue, out);
    shownStrings(node.whenFalse, out);
  } else if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) shownStrings(node.right, out);
    else if (
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.PlusToken
    ) {
      shownStrings(node.left, out);
      shownStrings(node.right, out);
    }
  }
}

// Text inside these elements is code or a keycap, the same in every language.
const codeTags = new Set(["code", "kbd", "samp", "pre"]);

function inCodeElement(node: ts.Node, sf: ts.SourceFile): boolean {
  const parent = node.parent;
  return ts.isJsxElement(parent) && codeTags.has(parent.openingElement.tagName.getText(sf));
}

export function scanSource(file: string, source: string): Literal[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const add = (node: ts.Node, where: string, texts: string[]) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    for (const raw of texts) {
      const text = raw.replace(/\s+/g, " ").trim();
      if (hasLetter.test(text)) found.push({ file, line, where, text });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (!inCodeElement(node, sf)) add(node, "text", [node.text]);
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) &&
      !inCodeElement(node, sf)
    ) {
      const out: string[] = [];
      shownStrings(node.expression, out);
      add(node, "expression", out);
    } else if (ts.isJsxAttribute(node) && node.initializer && visibleProps.has(node.name.getText(sf))) {
      const out: string[] = [];
      if (ts.isStringLiteral(node.initializer)) out.push(node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression)
        shownStrings(node.initializer.expression, out);
      add(node, node.name.getText(sf), out);
    } else if (
      // `function X({ closeLabel = "Close" })`: an English default for a visible prop.
      ts.isBindingElement(node) &&
      node.initializer &&
      visibleProps.has((node.propertyName ?? node.name).getText(sf))
    ) {
      const out: string[] = [];
      shownStrings(node.initializer, out);
      add(node, `default ${(node.propertyName ?? node.name).getText(sf)}`, out);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith(".tsx") ? [full] : [];
  });
}

/** Every literal in components/**\/*.tsx and app/**\/*.tsx, with paths relative to `root`. */
export function scanProject(root: string): Literal[] {
  return ["components", "app"].flatMap((dir) =>
    tsxFiles(path.join(root, dir)).flatMap((file) =>
      scanSource(path.relative(root, file).split(path.sep).join("/"), readFileSync(file, "utf8")),
    ),
  );
}
