// Zod compiles faster validators with `new Function` where it may, and finds out by trying. Under
// the shipped CSP (`script-src 'self'`, no 'unsafe-eval') that try is reported as a
// securitypolicyviolation. Object schemas decide when they are created, so every schema in the
// app imports zod through this module: it is configured before the first schema exists, in
// whichever lazily loaded chunk that schema lives (ESLint refuses a direct import).
import { config } from "zod";

config({ jitless: true });

export { z, type ZodType } from "zod";
