import { SHOW_IN_LANGUAGE, useLanguage } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';

/**
 * A link opened in a browser whose language the workshop does not use (a Finnish phone at a
 * Swedish workshop) shows the form in the workshop's language; this offers the browser's, in
 * that language, before the person has chosen one.
 */
export function LanguageOffer() {
  const shown = useLanguage();
  const browser = usePreferences((state) => state.browserLanguage);
  const chosen = usePreferences((state) => state.chosenLanguage);
  const choose = usePreferences((state) => state.chooseLanguage);
  if (chosen !== null || browser === null || browser === shown) return null;
  return (
    <p className="join__language">
      <button type="button" className="button--quiet" lang={browser} onClick={() => choose(browser)}>
        {SHOW_IN_LANGUAGE[browser]}
      </button>
    </p>
  );
}
