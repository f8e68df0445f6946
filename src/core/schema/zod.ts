// Every schema file imports zod from here, so this runs before any schema is constructed (zod reads the flag then).
// Without it zod probes `new Function` on its first parse, which a no-eval Content-Security-Policy reports.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
