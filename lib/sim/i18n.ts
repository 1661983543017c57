// new-api's own texts that follow the caller's language (i18n/i18n.go, i18n/locales/*.yaml): with no
// account language, the first Accept-Language tag decides (`ParseAcceptLanguage`); zh-TW, other zh,
// else English. Texts new-api hard-codes in Chinese (quota, rate limit, channel pin) are not here.

type Lang = "en" | "zh-CN" | "zh-TW";

const TEXTS = {
  "token.invalid": { en: "Invalid token", "zh-CN": "无效的令牌", "zh-TW": "無效的令牌" },
  "distributor.invalid_request": {
    en: "Invalid request: {Error}",
    "zh-CN": "无效的请求，{Error}",
    "zh-TW": "無效的請求，{Error}",
  },
  "distributor.model_name_required": {
    en: "Model name not specified, model name cannot be empty",
    "zh-CN": "未指定模型名称，模型名称不能为空",
    "zh-TW": "未指定模型名稱，模型名稱不能為空",
  },
  "distributor.no_available_channel": {
    en: "No available channel for model {Model} under group {Group} (distributor)",
    "zh-CN": "分组 {Group} 下模型 {Model} 无可用渠道（distributor）",
    "zh-TW": "分組 {Group} 下模型 {Model} 無可用管道（distributor）",
  },
} satisfies Record<string, Record<Lang, string>>;

export type SimText = keyof typeof TEXTS;

/** new-api `ParseAcceptLanguage` + `normalizeLang`: only the first tag counts. */
export function langOf(req: Request): Lang {
  const first = (req.headers.get("accept-language") ?? "").split(",")[0] ?? "";
  const tag = first.split(";")[0]?.trim().toLowerCase() ?? "";
  if (tag.startsWith("zh-tw")) return "zh-TW";
  if (tag.startsWith("zh")) return "zh-CN";
  return "en";
}

export function simText(req: Request, key: SimText, args: Record<string, string> = {}): string {
  return TEXTS[key][langOf(req)].replace(/\{(\w+)\}/g, (_, name: string) => args[name] ?? "");
}
