// Text that may stay literal in components: it reads the same in every language. Each entry needs a
// reason; literals.test.ts fails on an entry that no longer matches anything, so the list stays short.
// Text inside <code>, <kbd>, <samp> and <pre> needs no entry: it is code or a keycap.
export const literalAllowlist: { file: string; text: string; reason: string }[] = [
  {
    file: "components/images/size-field.tsx",
    text: "1024x768",
    reason: "an example value in the size syntax the API takes (WIDTHxHEIGHT)",
  },
  {
    file: "components/videos/video-vendor-field.tsx",
    text: "openai",
    reason: "an example value of the vendor header, a code token",
  },
  {
    file: "components/shared/markdown/code-block.tsx",
    text: "text",
    reason: "the code fence's language id for an untagged block, shown as code",
  },
];
