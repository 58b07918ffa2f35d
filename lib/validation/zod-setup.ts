import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may. Under our CSP (no
// 'unsafe-eval') the browser refuses that and reports a violation on every page with a form;
// jitless parsing is fast enough for forms and needs no eval, on the server either.
z.config({ jitless: true });
