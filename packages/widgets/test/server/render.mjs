// Renders widgets with Lit's server renderer, as an app with @lit-labs/ssr would: `node render.mjs '<html>'`.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '@anders-kijken/widgets/define';
import '@anders-kijken/widgets/ak-training';
import '@anders-kijken/widgets/ak-youth-training';

console.log(await collectResult(render(html`${unsafeHTML(process.argv[2] ?? '')}`)));
