// The one place Zod is imported from. `zod/mini` keeps the content script small (tree-shakable),
// and jitless mode keeps Zod from probing `new Function`, which extension CSP forbids.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
