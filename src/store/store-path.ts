/** The store file used when neither `--db` nor `SITREP_DB` names one. */
export const DEFAULT_STORE_PATH = './sitrep.db';

/** The store path: the option, else the `SITREP_DB` environment variable, else ./sitrep.db. */
export function storePath(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? (env.SITREP_DB || DEFAULT_STORE_PATH);
}
