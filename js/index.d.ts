/// <reference types="node" />
// Buffer comes from Node's own types (@types/node).

/** The forms generate() can return the digits in (options.format). */
export type Format = 'array' | 'string' | 'buffer';

/**
 * What each format resolves to: 'array' a number per digit, [3, 1, 4, ...];
 * 'string' "314...", the cheapest form to send on; 'buffer' a Buffer of byte
 * values 0-9, with no per-digit JS objects. A union of formats resolves to
 * the union of their types.
 */
export interface Digits {
  array: number[];
  string: string;
  buffer: Buffer;
}

/** How generate() computes: 'auto' (the default) picks the fastest for n. */
export type Algorithm = 'auto' | 'spigot' | 'chudnovsky';

export interface GenerateOptions {
  /** The algorithm; 'auto' by default. */
  algorithm?: Algorithm;
  /** Aborting it stops the computation and rejects with an AbortError. */
  signal?: AbortSignal;
  /**
   * Called with the fraction of the work done (0 to 1, rising) every 100 ms
   * while the computation runs, and with 1 when it succeeds.
   *
   * If it throws, or returns a Promise that rejects, the computation stops at
   * once and generate() rejects with that error; onProgress is not called
   * again. This holds for the last report (1) too. generate() settles only
   * after the Promises onProgress returned have settled.
   */
  onProgress?: (done: number) => void | PromiseLike<void>;
}

/** The largest n that generate() accepts (with 'auto' and 'chudnovsky'). */
export const MAX_DIGITS: number;
/** The largest n for algorithm 'spigot', which is O(n²). */
export const MAX_SPIGOT_DIGITS: number;

/**
 * The first n decimal digits of pi, the leading 3 included, computed in Go
 * on a worker thread: generate(5) resolves to [3, 1, 4, 1, 5].
 *
 * Rejects with a TypeError (code ERR_INVALID_ARG_TYPE / ERR_INVALID_ARG_VALUE)
 * or RangeError (ERR_OUT_OF_RANGE) for a bad argument, with an AbortError
 * (ABORT_ERR) when options.signal aborts, and with the error of an
 * onProgress that throws or rejects. It never throws synchronously.
 */
export function generate<F extends Format = 'array'>(
  n: number,
  options?: GenerateOptions & { format?: F },
): Promise<Digits[F]>;

/** The error a computation stopped by options.signal rejects with. */
export class AbortError extends Error {
  readonly name: 'AbortError';
  readonly code: 'ABORT_ERR';
  constructor(message?: string, options?: { cause?: unknown });
}
