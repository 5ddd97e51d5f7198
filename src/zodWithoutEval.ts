import { config } from "zod/mini";

// Zod compiles faster validators with `new Function` where it may, and finds out by trying. Under
// the shipped CSP (`script-src 'self'`, no 'unsafe-eval') that try is reported as a
// securitypolicyviolation. Object schemas decide when they are created, so main.tsx imports this
// module before any other.
config({ jitless: true });
