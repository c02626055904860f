import { useLanguage, useT } from '../i18n/index.ts';
import { STATEMENT_PATH } from './routes.ts';

/**
 * Every page's footer but the projector's: the accessibility statement, in the language the
 * person reads now (a workshop's language is not remembered outside it, so the link says it).
 */
export function SiteFooter() {
  const t = useT();
  const language = useLanguage();
  return (
    <footer className="site-footer">
      <a href={`${STATEMENT_PATH}?lang=${language}`}>{t('statement.link')}</a>
    </footer>
  );
}
