/** The version of `@anders-kijken/widgets` this code was built as. */
export const VERSION: string = __AK_VERSION__;
