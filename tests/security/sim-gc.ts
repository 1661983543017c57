// The simulator for the adversarial suite, with a full GC every 200 ms. Issue #16 item 8: the
// simulator once waited on a copy of a request's abort signal that only a WeakRef tied to the real
// one, so a major GC at the wrong moment left a dropped request "open" forever. It happened once in
// CI; with a GC this often, any such weak link breaks in every run instead.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
setInterval(gc, 200).unref();
await import("../../lib/sim/cli");
