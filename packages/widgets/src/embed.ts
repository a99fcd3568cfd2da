/** The one-file build for `<script type="module" src=".../embed.js">`: lit and core inside. */
import './define.js';
