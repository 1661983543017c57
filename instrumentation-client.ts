// Runs in the browser before the app's own modules. zod 4 probes `new Function("")` when it builds its
// first object schema, to compile fast parsers; under our CSP (no 'unsafe-eval', see proxy.ts) that
// probe is refused and reported as a violation on every page. Parsing works the same without it.
import { z } from "zod";

z.config({ jitless: true });
