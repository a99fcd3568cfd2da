import { fileURLToPath } from 'node:url';
import { createStaticServer } from './static-server.mjs';

/** @param {string} path */
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

const server = createStaticServer([
  { prefix: '/', dir: here('../public/') },
  { prefix: '/widgets/', dir: here('../../../packages/widgets/dist/') },
]);

const port = Number(process.env['PORT'] ?? 4173);
server.on('error', (error) => {
  console.error(`Could not start the docs server on port ${port}: ${error.message}. Try PORT=4174 npm start.`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`\nAnders Kijken docs: http://localhost:${port}/\n(stop with Ctrl+C)\n`);
});
