import { chatEn } from "./chat.en";
import { sharedEn } from "./chat-shared.en";
import { compareEn } from "./compare.en";
import { evaluateEn } from "./evaluate.en";
import { imagesEn } from "./images.en";
import { messagesEn } from "./messages.en";
import { pricingEn } from "./pricing.en";
import { promptsEn } from "./prompts.en";
import { shareEn } from "./share.en";
import { shortcutsEn } from "./shortcuts.en";
import { toolsEn } from "./tools.en";
import { videosEn } from "./videos.en";

// Source of truth for every user-visible string. zh-CN.ts must mirror these keys exactly.
export const en = {
  app: {
    name: "API·GO Playground",
    shortName: "API·GO",
    description:
      "Try API·GO models in your browser: chat, messages, images, videos and side-by-side comparison.",
    skipToContent: "Skip to content",
  },
  nav: {
    label: "Playground sections",
    chat: "Chat",
    messages: "Messages",
    images: "Images",
    videos: "Videos",
    compare: "Compare",
    evaluate: "Evaluate",
  },
  header: {
    demoBadge: "Demo · simulator",
    simulatorBadge: "Simulator",
    gatewayBadge: "Gateway · api.apigo.ai",
    customGatewayBadge: "Gateway · self-hosted",
    upstreamBadgeTitle: "Who answers your requests: open Settings to switch",
    balance: "Remaining balance of the key in use",
    settings: "Settings",
    theme: "Theme",
    themeLight: "Light",
    themeDark: "Dark",
    themeSystem: "System",
    language: "Language",
    languageButton: "{language} · Language",
    more: "Language, theme and shortcuts",
    demoBadgeShort: "Demo",
    gatewayBadgeShort: "API·GO",
    customGatewayBadgeShort: "Self-hosted",
  },
  languages: {
    en: "English",
    "zh-CN": "简体中文",
  },
  settings: {
    title: "Settings",
    description: "Your API·GO key and request defaults for this browser.",
    close: "Close",
    keyLabel: "API key",
    keyPlaceholder: "Paste your API·GO key (sk-…)",
    keyHelp: "Kept in an httpOnly cookie for this browser only; page scripts never read it back.",
    savedKey: "Saved key {hint}",
    noKey: "No key saved.",
    teamKey: "The server's team key is used.",
    save: "Save key",
    saving: "Saving…",
    forget: "Forget key",
    saved: "Key saved.",
    forgotten: "Key forgotten.",
    failed: "Failed: {message}",
    keyRequired: "Enter a key first.",
    upstream: "Who answers",
    upstreamGateway: "API·GO gateway (api.apigo.ai)",
    upstreamCustomGateway: "This server's gateway (self-hosted)",
    upstreamSimulator: "Built-in simulator (demo)",
    upstreamDemo:
      "Demo mode: the built-in simulator answers with made-up replies in the gateway's exact format. Nothing leaves this server and nothing is billed.",
    upstreamKeyKept: "Your saved key is not sent to the simulator; it runs on the public demo key.",
    upstreamNeedsKey: "The gateway needs your API·GO key: paste it above, or pick the simulator.",
    upstreamLive: "Requests go to the gateway with your key and are billed to your account.",
    upstreamTeam: "Requests go to the gateway with the team's key.",
    upstreamForced: "This server runs the simulator only (APIGO_BASE_URL=simulator).",
    getKey: "Get a key in the API·GO dashboard",
    balance: "Balance",
    balanceUnlimited: "Unlimited",
    balanceUnavailable: "The gateway did not report a balance for this key.",
    balanceDemo:
      "Simulated: it goes down with each request and starts again at $100 when the server restarts.",
    loading: "Loading…",
    vendorLabel: "Default vendor",
    vendorPlaceholder: "e.g. openai (leave empty for the gateway's choice)",
    vendorHelp: "Sent as the vendor header with every request from this browser.",
    accessLabel: "Access code",
    accessHelp: "This deployment uses a team key and asks for an access code.",
    accessSubmit: "Unlock",
    accessGranted: "Access granted.",
  },
  chat: chatEn,
  error: {
    title: "Request failed",
    status: "HTTP {status}",
    inStream: "Error inside the stream",
    network: "Network error",
    unreachable: "Gateway unreachable",
    hintUnreachable:
      "The playground's server could not reach the gateway (no network, DNS or TLS trouble). Switch to the simulator to keep working, or retry once the gateway is reachable.",
    useSimulator: "Use the simulator and retry",
    requestId: "Request id: {id}",
    retry: "Retry",
    openSettings: "Open Settings",
    hint401: "Check your API key in Settings.",
    hint403: "Access was refused: check your key's permissions or the access code in Settings.",
    hint413:
      "The request is larger than the playground accepts: shorten the conversation or remove large attachments, then send again.",
    hint429: "Rate limited: wait a moment, then retry.",
    hint429After: "Rate limited: wait {seconds} s, then retry.",
    hint429Gateway:
      "API·GO's request limit for your account was reached (the message says how many per how many minutes): wait for that window to pass, then retry.",
    hintQuota: "Your API·GO balance has run out: top up in the API·GO dashboard, then retry.",
    topUp: "Top up on API·GO",
    hint400: "The request was rejected: check the model id and parameters.",
    hint5xx: "The gateway or its upstream failed: retry, or try another model.",
    hintNetwork: "Could not reach the playground server: check your connection, then retry.",
    hintOther: "Retry, or change the request.",
    promptRestored: "Your message is back in the composer.",
  },
  format: {
    unknown: "—",
  },
  // Written by the server into replies (lib/server/request-locale.ts), in the language of the
  // caller's locale cookie; callers without one (SDKs, curl) get English.
  server: {
    streamSilent:
      "The upstream gateway sent nothing for {seconds} s, so the playground ended this reply. The text so far is kept; send the message again, or try another model.",
    shutdownEnded:
      "The playground server is shutting down (a restart or an update) and ended this reply after {seconds} s. The text so far is kept; send the message again to continue.",
    videoDownloadBroken:
      "The gateway broke off the video download before it ended. Try playing the video again.",
    paneCancelled: "Cancelled: this pane's request was stopped",
    paneBroken: "The upstream reply broke off before it ended",
  },
  shared: sharedEn,
  images: imagesEn,
  messages: messagesEn,
  videos: videosEn,
  compare: compareEn,
  pricing: pricingEn,
  evaluate: evaluateEn,
  share: shareEn,
  shortcuts: shortcutsEn,
  tools: toolsEn,
  prompts: promptsEn,
};

type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
/** The shape every locale must have: same keys as English, string values. */
export type Messages = Catalogue<typeof en>;
