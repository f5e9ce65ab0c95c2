/** The engine's version, written into every record's `pipeline.version`. Kept in step with package.json by a test. */
export const VERSION = '0.1.0';
