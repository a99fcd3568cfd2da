import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createStaticServer } from './static-server.mjs';
import { SITE_CSP } from './site-csp.mjs';

/** @param {string} path */
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

const site = here('../dist/');
if (!existsSync(site)) {
  console.error('The docs site is not built yet. Run "npm start" from the repository root: it builds what is needed.');
  process.exit(1);
}
const server = createStaticServer([{ prefix: '/', dir: site }], { csp: SITE_CSP, notFound: `${site}404.html` });

const port = Number(process.env['PORT'] ?? 4173);
server.on('error', (error) => {
  console.error(`Could not start the docs server on port ${port}: ${error.message}. Try PORT=4174 npm start.`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`\nAnders Kijken docs:      http://localhost:${port}/`);
  console.log(`Storybook for partners:  http://localhost:${port}/storybook/`);
  console.log('(stop with Ctrl+C)\n');
});

// Ctrl+C or SIGTERM: stop taking requests, end open connections, and leave nothing serving.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    console.log('Stopped.');
  });
}
