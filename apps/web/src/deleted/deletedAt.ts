import { useLanguage, useT } from '../i18n/index.ts';

const LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** "Poistettu 6.12.2026 klo 19.30", or that the time is not known (older clients). */
export function useDeletedAt(deletedAt: number | undefined): string {
  const t = useT();
  const language = useLanguage();
  if (deletedAt === undefined) return t('deleted.whenUnknown');
  const format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeStyle: 'short' });
  return t('deleted.when', { time: format.format(deletedAt) });
}
