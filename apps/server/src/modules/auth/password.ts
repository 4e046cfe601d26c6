/**
 * Password hashing with argon2id (the @node-rs/argon2 default algorithm), with parameters
 * from OWASP's recommendation (19 MiB, 2 iterations, 1 lane).
 * @module
 */
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false; // a malformed stored hash never authenticates
  }
}

/** A hash of a random password, verified against when the username does not exist, so that
 * unknown and known usernames take the same time. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  return decoy;
};
