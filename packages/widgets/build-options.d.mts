import type { BuildOptions, Plugin } from 'esbuild';

export declare const buildConstants: { __AK_VERSION__: string };
export declare const lazyPatch: Plugin;
export declare const browserBundle: BuildOptions;
