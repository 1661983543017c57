import type { sharedEn } from "./chat-shared.en";

// Same keys as chat-shared.en.ts: the type makes a missing or an extra key an error.
export const sharedZhCN: typeof sharedEn = {
  close: "关闭",
  copy: "复制",
  copied: "已复制",
  copyFailed: "复制失败",
  modelGroups: {
    openai: "OpenAI 格式（对话补全）",
    anthropic: "Anthropic 格式（Messages 与对话）",
    gemini: "Gemini 格式（Gemini 与对话）",
  },
  code: {
    title: "查看代码",
    description: "当前请求的可运行代码。请把 YOUR_API_KEY 换成你的 API·GO 密钥。",
    languages: "语言",
    needsPrompt: "发送前需要输入提示词：请在输入框中填写。在此之前，代码中以 YOUR_PROMPT 标出它的位置。",
    referenceFile: "参考图片从脚本旁同名的文件读取。",
  },
  inspector: {
    title: "检查器",
    request: "请求",
    response: "响应",
    raw: "原始响应",
    headers: "响应头",
    body: "请求体",
    status: "状态 {status}",
    requestId: "请求 ID",
    events: "{count} 个 SSE 事件",
    eventsTruncated: "仅显示前 {count} 个事件",
    time: "时间",
    event: "事件",
    data: "数据",
    waiting: "等待响应…",
    noRaw: "尚未收到任何内容。",
    empty: "发送请求后可在此查看。",
    sent: "发送于 {time}",
  },
  json: {
    truncated: "仅显示部分内容：此 JSON 过大，无法在此完整显示。",
  },
  markdown: {
    plain: "以纯文本显示：内容过长或过于复杂，无法排版。",
    loadImage: "从 {host} 加载图片",
    imageBlocked: "远程图片（不会自动加载）",
    codeLanguage: "代码：{language}",
    diagram: "根据上方 mermaid 源码绘制的图表",
    diagramDrawing: "正在绘制图表…",
    diagramError: "无法绘制此图表（{message}）。源码显示在上方：请检查语法。",
    diagramTooLarge: "未绘制：图表源码超过 {limit} 个字符。源码显示在上方。",
  },
  announce: {
    replyDone: "回复已完成。",
    replyFailed: "回复失败，错误信息显示在对话下方。",
    replyStopped: "回复已停止，已收到的内容保留。",
    replyCut: "回复被中断：流提前结束，内容不完整。",
  },
};
