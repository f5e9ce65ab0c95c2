import type { Trigger, VerbBlock, VerbPattern } from './types.js';

/** A block's patterns and, for large blocks, their anchor index (see `VerbBlock`). */
export interface BlockPatterns {
  readonly patterns: readonly VerbPattern[];
  readonly anchored?: ReadonlyMap<string, readonly number[]>;
  readonly unanchored?: readonly number[];
}

/**
 * A block whose patterns are made on first use. A run meets the triggers of a small part of the
 * 555 shipped blocks, and making every pattern (word lists, sorting, anchor indexes) was most of
 * the verb data's start-up cost; the triggers, which index the dictionary, are made at once.
 */
class LazyBlock implements VerbBlock {
  private made: BlockPatterns | undefined;

  constructor(
    readonly kind: 'verb' | 'noun',
    readonly triggers: readonly Trigger[],
    private readonly make: () => BlockPatterns,
  ) {}

  get patterns(): readonly VerbPattern[] {
    return (this.made ??= this.make()).patterns;
  }

  get anchored(): ReadonlyMap<string, readonly number[]> | undefined {
    return (this.made ??= this.make()).anchored;
  }

  get unanchored(): readonly number[] | undefined {
    return (this.made ??= this.make()).unanchored;
  }
}

/** A block of these triggers whose patterns `make` gives when first read. */
export function lazyBlock(kind: 'verb' | 'noun', triggers: readonly Trigger[], make: () => BlockPatterns): VerbBlock {
  return new LazyBlock(kind, triggers, make);
}
