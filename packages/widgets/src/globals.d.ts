/** The package version, put in at build time from package.json. */
declare const __AK_VERSION__: string;
