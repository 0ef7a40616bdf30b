/**
 * Texts of one area, kept apart so each area edits only its own file.
 * Danish first; English must have exactly the same keys.
 * Area: the user's own account (changing one's password, the forced change after `jobspor init`).
 */
export const da = {
  'header.changePassword': 'Skift adgangskode',
  'password.title': 'Skift adgangskode',
  'password.intro':
    'Vælg en adgangskode på mindst 12 tegn, som du ikke bruger andre steder. En sætning af flere ord er let at huske og svær at gætte. Dine andre sessioner bliver logget ud.',
  'password.forced': 'Din adgangskode er sat af en anden. Vælg din egen, før du kan bruge Jobspor.',
  'password.current': 'Nuværende adgangskode',
  'password.new': 'Ny adgangskode',
  'password.newHint': 'Mindst 12 tegn. Ingen krav om tal eller tegn, men almindelige adgangskoder, dit brugernavn og navnet Jobspor afvises.',
  'password.repeat': 'Gentag ny adgangskode',
  'password.submit': 'Skift adgangskode',
  'password.submitting': 'Skifter …',
  'password.changed': 'Din adgangskode er skiftet.',
  'password.currentRequired': 'Angiv din nuværende adgangskode.',
  'password.tooShort': 'Den nye adgangskode skal være mindst 12 tegn.',
  'password.mismatch': 'De to nye adgangskoder er ikke ens.',
  'password.tooMany': 'For mange forkerte forsøg. Prøv igen om lidt.',
} as const satisfies Record<string, string>;

export const en: Record<keyof typeof da, string> = {
  'header.changePassword': 'Change password',
  'password.title': 'Change password',
  'password.intro':
    'Choose a password of at least 12 characters that you do not use anywhere else. A sentence of several words is easy to remember and hard to guess. Your other sessions will be logged out.',
  'password.forced': 'Your password was set by someone else. Choose your own before you can use Jobspor.',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.newHint': 'At least 12 characters. No rules about digits or symbols, but common passwords, your username and the name Jobspor are refused.',
  'password.repeat': 'Repeat new password',
  'password.submit': 'Change password',
  'password.submitting': 'Changing …',
  'password.changed': 'Your password has been changed.',
  'password.currentRequired': 'Enter your current password.',
  'password.tooShort': 'The new password must be at least 12 characters.',
  'password.mismatch': 'The two new passwords are not the same.',
  'password.tooMany': 'Too many wrong attempts. Please try again shortly.',
};
