import { z } from "zod";

// The page CSP allows no 'unsafe-eval'. zod 4 probes `new Function("")` the first time an object schema
// parses (to pick its JIT path); the probe is caught, but the browser still reports a CSP violation.
// Jitless parsing never probes. Imported for its effect by the browser modules that parse with zod
// (the Images tab, shares). A global setting: every zod parse on the page skips the JIT once this
// module has loaded.
z.config({ jitless: true });
