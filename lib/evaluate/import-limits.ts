// How much a test-case file may hold (lib/evaluate/cases.ts); here, apart from the parser, so that the
// import button can refuse a file over the cap without loading the parser.

/** Characters of one file or paste of cases. */
export const MAX_IMPORT_CHARS = 2_000_000;
/** A file of more bytes has more than MAX_IMPORT_CHARS characters (UTF-8: at most 3 bytes per UTF-16 unit, and a BOM). */
export const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS * 3 + 3;
