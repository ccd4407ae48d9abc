import { z } from 'zod';

// Zod compiles fast parsers with `new Function` when it may. The app's CSP forbids eval, and
// even zod's probe for it is reported as a violation; interpreted parsing is plenty fast for
// our forms and keeps the app and the server on the same code path. Domain code imports z
// from here, never from 'zod' directly (ESLint enforces it).
z.config({ jitless: true });

export { z };
