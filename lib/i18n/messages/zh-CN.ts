import { chatZhCN } from "./chat.zh-CN";
import { sharedZhCN } from "./chat-shared.zh-CN";
import { compareZhCN } from "./compare.zh-CN";
import type { Messages } from "./en";
import { evaluateZhCN } from "./evaluate.zh-CN";
import { imagesZhCN } from "./images.zh-CN";
import { messagesZhCN } from "./messages.zh-CN";
import { pricingZhCN } from "./pricing.zh-CN";
import { promptsZhCN } from "./prompts.zh-CN";
import { shareZhCN } from "./share.zh-CN";
import { shortcutsZhCN } from "./shortcuts.zh-CN";
import { toolsZhCN } from "./tools.zh-CN";
import { videosZhCN } from "./videos.zh-CN";

// `satisfies Messages` makes a missing or an extra key a type error.
export const zhCN = {
  app: {
    name: "API·GO Playground",
    shortName: "API·GO",
    description: "在浏览器中试用 API·GO 模型：对话、Messages、图像、视频与多模型对比。",
    skipToContent: "跳到主要内容",
  },
  nav: {
    label: "Playground 分区",
    chat: "对话",
    messages: "Messages",
    images: "图像",
    videos: "视频",
    compare: "对比",
    evaluate: "评测",
  },
  header: {
    demoBadge: "演示 · 模拟器",
    simulatorBadge: "模拟器",
    gatewayBadge: "网关 · api.apigo.ai",
    customGatewayBadge: "网关 · 自建",
    upstreamBadgeTitle: "当前由谁应答你的请求：打开设置可切换",
    balance: "当前密钥的剩余余额",
    settings: "设置",
    theme: "主题",
    themeLight: "浅色",
    themeDark: "深色",
    themeSystem: "跟随系统",
    language: "语言",
    languageButton: "{language} · 语言",
    more: "语言、主题与快捷键",
    demoBadgeShort: "演示",
    gatewayBadgeShort: "API·GO",
    customGatewayBadgeShort: "自托管",
  },
  languages: {
    en: "English",
    "zh-CN": "简体中文",
  },
  settings: {
    title: "设置",
    description: "此浏览器使用的 API·GO 密钥和请求默认值。",
    close: "关闭",
    keyLabel: "API 密钥",
    keyPlaceholder: "粘贴你的 API·GO 密钥（sk-…）",
    keyHelp: "仅保存在此浏览器的 httpOnly Cookie 中，页面脚本无法读取。",
    savedKey: "已保存的密钥 {hint}",
    noKey: "未保存密钥。",
    teamKey: "正在使用服务器的团队密钥。",
    save: "保存密钥",
    saving: "正在保存…",
    forget: "删除密钥",
    saved: "密钥已保存。",
    forgotten: "密钥已删除。",
    failed: "失败：{message}",
    keyRequired: "请先输入密钥。",
    upstream: "由谁应答",
    upstreamGateway: "API·GO 网关（api.apigo.ai）",
    upstreamCustomGateway: "本服务器的网关（自建）",
    upstreamSimulator: "内置模拟器（演示）",
    upstreamDemo: "演示模式：内置模拟器按网关的真实格式返回模拟的回复。请求不会离开此服务器，也不会计费。",
    upstreamKeyKept: "已保存的密钥不会发送给模拟器；模拟器使用公开的演示密钥。",
    upstreamNeedsKey: "网关需要你的 API·GO 密钥：请在上方粘贴，或选择模拟器。",
    upstreamLive: "请求会带着你的密钥发往网关，并计入你的账户。",
    upstreamTeam: "请求会带着团队密钥发往网关。",
    upstreamForced: "此服务器只运行模拟器（APIGO_BASE_URL=simulator）。",
    getKey: "在 API·GO 控制台获取密钥",
    balance: "余额",
    balanceUnlimited: "无限",
    balanceUnavailable: "网关没有报告此密钥的余额。",
    balanceDemo: "模拟余额：每次请求都会减少，服务器重启后重新从 $100 开始。",
    loading: "加载中…",
    vendorLabel: "默认供应商",
    vendorPlaceholder: "例如 openai（留空则由网关选择）",
    vendorHelp: "此浏览器的每个请求都会以 vendor 请求头发送。",
    accessLabel: "访问码",
    accessHelp: "此部署使用团队密钥，需要输入访问码。",
    accessSubmit: "解锁",
    accessGranted: "已获得访问权限。",
  },
  chat: chatZhCN,
  error: {
    title: "请求失败",
    status: "HTTP 状态 {status}",
    inStream: "流中出现错误",
    network: "网络错误",
    unreachable: "无法连接网关",
    hintUnreachable:
      "Playground 服务器无法连接到网关（没有网络、DNS 或 TLS 出错）。可切换到模拟器继续使用，或在网关可以访问后重试。",
    useSimulator: "改用模拟器并重试",
    requestId: "请求 ID：{id}",
    retry: "重试",
    openSettings: "打开设置",
    hint401: "请在设置中检查你的 API 密钥。",
    hint403: "访问被拒绝：请在设置中检查密钥权限或访问码。",
    hint413: "请求体超过了 Playground 的上限：请缩短对话或移除较大的附件后再发送。",
    hint429: "请求过于频繁：请稍等片刻后重试。",
    hint429After: "请求过于频繁：请等待 {seconds} 秒后重试。",
    hint429Gateway:
      "已达到 API·GO 账户的请求数限制（消息中写明了几分钟内最多几次）：请等该时间窗口过去后再重试。",
    hintQuota: "你的 API·GO 余额已用完：请在 API·GO 控制台充值后重试。",
    topUp: "前往 API·GO 充值",
    hint400: "请求被拒绝：请检查模型 ID 和参数。",
    hint5xx: "网关或其上游出错：请重试，或换一个模型。",
    hintNetwork: "无法连接到 Playground 服务器：请检查网络后重试。",
    hintOther: "请重试，或修改请求。",
    promptRestored: "你的消息已放回输入框。",
  },
  format: {
    unknown: "—",
  },
  server: {
    streamSilent:
      "上游网关 {seconds} 秒内没有发送任何内容，演练场已结束此回复。已收到的文本会保留；请重新发送消息，或换一个模型。",
    shutdownEnded:
      "演练场服务器正在关闭（重启或更新），已在 {seconds} 秒后结束此回复。已收到的文本会保留；请重新发送消息以继续。",
    videoDownloadBroken: "网关在视频下载完成前中断了传输。请重新播放视频。",
    paneCancelled: "已取消：此窗格的请求已停止",
    paneBroken: "上游回复在结束前中断",
  },
  shared: sharedZhCN,
  images: imagesZhCN,
  messages: messagesZhCN,
  videos: videosZhCN,
  compare: compareZhCN,
  pricing: pricingZhCN,
  evaluate: evaluateZhCN,
  share: shareZhCN,
  shortcuts: shortcutsZhCN,
  tools: toolsZhCN,
  prompts: promptsZhCN,
} satisfies Messages;
