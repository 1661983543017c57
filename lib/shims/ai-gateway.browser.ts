// Browser stand-in for @ai-sdk/gateway, aliased for client bundles only (next.config.mjs,
// turbopack.resolveAlias with the `browser` condition). `ai` imports the Vercel AI Gateway provider at
// its top level for server-side helpers (generateText with a string model id, error wrapping); useChat in
// the browser never reaches it, yet the real package and what it pulls (a Buffer polyfill, @vercel/oidc)
// weighed ~15 kB gzip in every chat page's first load. The server keeps the real package.
// These are exactly the names `ai` imports; the stand-ins fail loudly if a browser path ever uses one.

function serverOnly(): never {
  throw new Error(
    "@ai-sdk/gateway is not bundled for the browser in this app (see lib/shims/ai-gateway.browser.ts)",
  );
}

export const createGateway = serverOnly;

export const gateway = Object.assign(serverOnly, {
  languageModel: serverOnly,
  embeddingModel: serverOnly,
  textEmbeddingModel: serverOnly,
  imageModel: serverOnly,
  videoModel: serverOnly,
  getAvailableModels: serverOnly,
  getCredits: serverOnly,
});

/** No gateway call happens in the browser, so no error is ever a gateway error. */
export class GatewayError extends Error {
  static isInstance(_error: unknown): boolean {
    return false;
  }
}

export class GatewayAuthenticationError extends GatewayError {}
