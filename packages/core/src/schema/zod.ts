import { z } from 'zod/mini';

// Without `jitless`, zod probes `new Function` on first parse, which a strict
// Content-Security-Policy reports as a violation on every page that embeds a widget.
z.config({ jitless: true });

export { z };
