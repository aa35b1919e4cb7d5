import type { Cursor } from '../spec/marketplace-adapter-v1.js';

/**
 * Tracks messages of one fetch pass that finish out of order and says how far the cursor may safely advance:
 * to the cursor of the last message before which every message is done. A cursor never skips a message that
 * is still in flight or whose state was not written.
 */
export interface CursorWatermark {
  /** Registers the next fetched message, in fetch order; returns its slot. */
  add(cursor: Cursor): number;
  /** Marks a slot done; returns the new safe cursor when it moved, else undefined. */
  complete(slot: number): Cursor | undefined;
  /** Messages registered and not yet done. */
  readonly pending: number;
}

/** Creates a {@link CursorWatermark}. */
export function createCursorWatermark(): CursorWatermark {
  const cursors: Cursor[] = [];
  const done: boolean[] = [];
  let next = 0; // first slot not yet done
  let pending = 0;
  return {
    add(cursor: Cursor): number {
      cursors.push(cursor);
      done.push(false);
      pending++;
      return cursors.length - 1;
    },
    complete(slot: number): Cursor | undefined {
      if (done[slot] !== false) return undefined;
      done[slot] = true;
      pending--;
      const before = next;
      while (next < done.length && done[next] === true) next++;
      return next > before ? cursors[next - 1] : undefined;
    },
    get pending() {
      return pending;
    },
  };
}
