import { createHash, randomBytes } from 'node:crypto';

/** SHA-256 of a high-entropy secret. (Passwords use argon2id; random 256-bit secrets need no stretching.) */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A fresh 256-bit secret, URL-safe, with a prefix that says what it is (`vt_` tokens, `vs_` sessions). */
export function newSecret(prefix: string): { secret: string; hash: string } {
  const secret = `${prefix}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashSecret(secret) };
}
