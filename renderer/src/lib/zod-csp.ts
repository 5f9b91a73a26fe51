// The renderer's CSP forbids eval. Zod (used here through shared/commands, to apply edits as the
// store will) probes `new Function` when it builds an object schema unless told not to, and a
// strict CSP reports even a caught probe. So: no JIT, set before any schema is built. Import this
// module before anything that imports shared/domain.
import { config } from 'zod';

config({ jitless: true });
