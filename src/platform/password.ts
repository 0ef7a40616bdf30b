/** Password hashing with argon2id (OWASP-recommended parameters). */
import argon2 from 'argon2';

const options = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Minimum rules for passwords set through the API (demo logins are seeded directly). */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return 'Adgangskoden skal være mindst 10 tegn.';
  if (password.length > 200) return 'Adgangskoden må højst være 200 tegn.';
  return null;
}
