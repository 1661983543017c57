// Keyboard shortcuts (lib/shortcuts): the dialog, its button and the notices shortcuts give.
// shortcuts.zh-CN.ts mirrors these keys exactly.
export const shortcutsEn = {
  title: "Keyboard shortcuts",
  description:
    "Single-key shortcuts act when no text field has focus. Inside the prompt, use the ones marked so.",
  open: "Keyboard shortcuts",
  sequenceThen: "then",
  inFields: "also in the prompt",
  characterKeys: "Single-key shortcuts (n, c, v, /, ?, g then a digit)",
  characterKeysHelp: "Turn off if you use speech input or tend to press keys by accident.",
  enterSends: "Enter sends a message (Shift+Enter for a new line)",
  enterSendsHelp: "Handy on phones. Off: Ctrl+Enter or ⌘+Enter sends and Enter makes a new line.",
  groups: {
    conversation: "Conversation",
    navigation: "Go to tab",
    general: "General",
  },
  send: "Send the prompt",
  stop: "Stop the reply while it streams",
  focusPrompt: "Focus the prompt",
  newConversation: "New conversation",
  viewCode: "View code",
  copyLastReply: "Copy the last reply",
  showShortcuts: "Show this list",
  goChat: "Chat",
  goMessages: "Messages",
  goImages: "Images",
  goVideos: "Videos",
  goCompare: "Compare",
  copied: "Last reply copied.",
  copyFailed: "Could not copy: allow clipboard access for this site, or use the reply's Copy button.",
  nothingToCopy: "There is no reply to copy yet.",
};
