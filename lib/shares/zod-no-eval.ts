import { z } from "zod";

// The page CSP allows no 'unsafe-eval'; zod 4 probes `new Function("")` the first time an object
// schema parses, and the browser reports that as a CSP violation. Jitless parsing never probes.
// Imported for its effect by the share modules that parse in the browser.
z.config({ jitless: true });
