/** Password hashing with argon2id (OWASP-recommended parameters) and the rules for new passwords. */
import { readFileSync } from 'node:fs';
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

/** NIST SP 800-63B §3.1.1.2: at least 12 characters for a password alone; allow long passphrases. */
export const passwordMinLength = 12;
export const passwordMaxLength = 200;
/** The service's name, one of the context-specific words NIST asks to refuse. */
const appName = 'jobspor';

let commonPasswords: Set<string> | undefined;
/** The shipped list of common passwords (resources/common-passwords.txt, see resources/NOTICE.md). */
function common(): Set<string> {
  commonPasswords ??= new Set(
    readFileSync(new URL('../../resources/common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.length > 0),
  );
  return commonPasswords;
}

/** 'aaaaaaaaaaaa', '123456789012', 'abcdefghijkl': one repeated or sequential run. */
function repetitiveOrSequential(password: string): boolean {
  const codes = [...password].map((c) => c.codePointAt(0)!);
  const same = codes.every((c) => c === codes[0]);
  const digits = /^\d+$/.test(password) && codes.every((c, i) => i === 0 || (c - 48) % 10 === (codes[i - 1]! - 48 + 1) % 10);
  const ascending = codes.every((c, i) => i === 0 || c === codes[i - 1]! + 1);
  const descending = codes.every((c, i) => i === 0 || c === codes[i - 1]! - 1);
  return same || digits || ascending || descending;
}

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'context';

/**
 * Why a new password set through the API or the CLI is refused, or null.
 * Rules per NIST SP 800-63B §3.1.1.2 (rev. 4 and the 2024 revision 4 draft):
 * a minimum length, no composition rules, and no commonly used or
 * context-specific values (the username, the service's name). Demo logins are
 * seeded directly and never pass through here.
 */
export function passwordProblemCode(password: string, username?: string): PasswordProblem | null {
  if ([...password].length < passwordMinLength) return 'too_short';
  if (password.length > passwordMaxLength) return 'too_long';
  const lower = password.toLowerCase();
  // A listed password padded with digits or symbols ('password2024!', '!!qwerty123') is as guessable.
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  if (common().has(lower) || common().has(core) || repetitiveOrSequential(lower)) return 'common';
  if (lower.includes(appName)) return 'context';
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) return 'context';
  return null;
}

const messages: Record<PasswordProblem, string> = {
  too_short: `Adgangskoden skal være mindst ${passwordMinLength} tegn.`,
  too_long: `Adgangskoden må højst være ${passwordMaxLength} tegn.`,
  common: 'Adgangskoden er for almindelig og let at gætte. Vælg en anden, fx en sætning af flere ord.',
  context: 'Adgangskoden må ikke indeholde brugernavnet eller navnet Jobspor.',
};

/** The refusal as the sentence the API answers with (Danish), or null. */
export function passwordProblem(password: string, username?: string): string | null {
  const code = passwordProblemCode(password, username);
  return code ? messages[code] : null;
}
