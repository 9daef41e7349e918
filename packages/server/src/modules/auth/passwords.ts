import { hash, verify } from '@node-rs/argon2';

/** argon2id (the library's default algorithm) with its default cost: 19 MiB, 2 passes, as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let decoy: Promise<string> | undefined;

/**
 * Checks a password; with no stored hash it still spends the time of a real check, so an unknown
 * email and a wrong password cannot be told apart by how long the answer takes.
 */
export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    decoy ??= hashPassword('decoy password that matches nobody');
    await verify(await decoy, password);
    return false;
  }
  return verify(storedHash, password);
}
