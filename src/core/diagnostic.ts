/** A problem found in one document: stored with it, never thrown, so the batch goes on. */
export interface Diagnostic {
  readonly code: string;
  readonly severity: 'info' | 'warning' | 'error';
  readonly stage: string;
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
}
