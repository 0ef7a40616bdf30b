/**
 * Texts of one area, kept apart so each area edits only its own file.
 * Danish first; English must have exactly the same keys.
 * Area: companies (issue 5).
 */
export const da = {
  'companies.placeholder': '—',
} as const satisfies Record<string, string>;

export const en: Record<keyof typeof da, string> = {
  'companies.placeholder': '—',
};
