import type { shortcutsEn } from "./shortcuts.en";

type Strings = {
  [K in keyof typeof shortcutsEn]: (typeof shortcutsEn)[K] extends string
    ? string
    : { [G in keyof (typeof shortcutsEn)[K]]: string };
};

// Mirrors shortcuts.en.ts key for key (a missing key is a type error).
export const shortcutsZhCN = {
  title: "键盘快捷键",
  description: "单键快捷键仅在没有输入框获得焦点时生效。在提示词输入框中，只有标注的快捷键可用。",
  open: "键盘快捷键",
  sequenceThen: "然后",
  inFields: "在提示词输入框中也可用",
  characterKeys: "单键快捷键（n、c、v、/、?、g 加数字）",
  characterKeysHelp: "如果你使用语音输入或容易误触按键，可以关闭。",
  enterSends: "按 Enter 发送消息（Shift+Enter 换行）",
  enterSendsHelp: "适合手机。关闭时：Ctrl+Enter 或 ⌘+Enter 发送，Enter 换行。",
  groups: {
    conversation: "对话",
    navigation: "切换标签页",
    general: "通用",
  },
  send: "发送提示词",
  stop: "停止正在生成的回复",
  focusPrompt: "聚焦提示词输入框",
  newConversation: "新建对话",
  viewCode: "查看代码",
  copyLastReply: "复制最后一条回复",
  showShortcuts: "显示此列表",
  goChat: "对话",
  goMessages: "Messages",
  goImages: "图像",
  goVideos: "视频",
  goCompare: "对比",
  copied: "已复制最后一条回复。",
  copyFailed: "无法复制：请允许此网站访问剪贴板，或使用回复上的复制按钮。",
  nothingToCopy: "还没有可复制的回复。",
} satisfies Strings;
