/** The package version, put in at build time from package.json. */
declare const __AK_VERSION__: string;

/** For the loader (embed.js), put in at build time: element → its own module, then the shared chunks it imports. */
declare const __AK_EMBED_FILES__: Readonly<Record<string, readonly [string, ...string[]]>>;

/** For the loader (embed.js), put in at build time: the elements whose code has the quick exit ("Snel weg"). */
declare const __AK_QUICK_EXIT_TAGS__: readonly string[];

/** For the loader (embed.js), put in at build time: element → the files with the English texts it shows. */
declare const __AK_ENGLISH_TEXTS__: Readonly<Record<string, readonly string[]>>;
