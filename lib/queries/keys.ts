export const queryKeys = {
  session: ["session"] as const,
  models: ["models"] as const,
  balance: ["balance"] as const,
  pricing: ["pricing"] as const,
};
