import { hash, verify } from "@node-rs/argon2";

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes).
// (@node-rs/argon2 hashes with argon2id by default.)
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Also spends the hashing time when there is no user, so timing does not reveal which emails exist. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    await hash(password, OPTIONS);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
