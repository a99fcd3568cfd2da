import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.js';

/** The app's HTML, rendered on the server; the client hydrates it (entry-client.tsx). */
export function render(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
