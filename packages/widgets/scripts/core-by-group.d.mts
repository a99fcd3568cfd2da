import type { Plugin } from 'esbuild';

/** A module's source with its value imports from core's index taken from the two groups, its lines kept. */
export declare function importByGroup(contents: string, path: string): string;
/** The esbuild plugin of the split browser build. */
export declare const coreByGroup: Plugin;
