/** The library's version, checked against package.json by a test; used in the two-copies warning. */
export const VERSION = '0.1.0';
