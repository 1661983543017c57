// Runs in the browser before the app's own modules. zod 4 probes `new Function("")` when it builds its
// first object schema, to compile fast parsers; under our CSP (no 'unsafe-eval', see proxy.ts) that
// probe is refused and reported as a violation on every page. Parsing works the same without it.
// `config` from zod/v4/core (the same global settings `z.config` writes) rather than the whole `z`
// namespace, which would put all of zod in the script that runs before every page.
import { config } from "zod/v4/core";

config({ jitless: true });
