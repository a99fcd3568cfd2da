import { hydrateRoot } from 'react-dom/client';
import { App } from './app.js';

const recoverable: string[] = [];
Object.assign(window, { recoverable });
hydrateRoot(document.getElementById('root')!, <App />, {
  onRecoverableError: (error) => recoverable.push(String(error)),
});
