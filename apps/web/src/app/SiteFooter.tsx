import { useLanguage, useT } from '../i18n/index.ts';

/**
 * Every page's footer but the projector's: the accessibility statement, in the language the
 * person reads now (a workshop's language is not remembered outside it, so the link says it).
 */
export function SiteFooter() {
  const t = useT();
  const language = useLanguage();
  return (
    <footer className="site-footer">
      <a href={`/accessibility?lang=${language}`}>{t('statement.link')}</a>
    </footer>
  );
}
