/** The file the notices are written to, in dist/ and in the download. */
export declare const THIRD_PARTY_NOTICES: string;
/** The package a bundled source path comes from, or `undefined` for the project's own sources. */
export declare function packageOf(source: string): string | undefined;
/** The packages bundled into the browser files `files` in `dist`, read from their source maps, sorted. */
export declare function bundledPackages(dist: string, files: readonly string[]): string[];
/** A package's licence text, from its installed LICENSE file, looked for from `from` upwards. */
export declare function licenceText(name: string, from: string): string;
/** The notices: for each bundled package its name, version, licence and the licence's full text. */
export declare function thirdPartyNotices(dist: string, files: readonly string[]): string;
