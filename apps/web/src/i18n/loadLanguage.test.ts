import { describe, expect, it } from 'vitest';
import { dictionaryOf, isLanguageLoaded, loadLanguage, translate } from './dictionaries.ts';

describe('dictionaries loaded on demand', () => {
  it('has Finnish from the start, and Swedish and English only once loaded', async () => {
    expect(isLanguageLoaded('fi')).toBe(true);
    expect(isLanguageLoaded('sv')).toBe(false);
    expect(isLanguageLoaded('en')).toBe(false);
    expect(() => dictionaryOf('sv')).toThrow();
    // A caller that did not wait gets Finnish, never a key or nothing.
    expect(translate('sv', 'board.addNote')).toBe(translate('fi', 'board.addNote'));

    await Promise.all([loadLanguage('sv'), loadLanguage('sv'), loadLanguage('en')]);
    expect(isLanguageLoaded('sv')).toBe(true);
    expect(translate('sv', 'board.addNote')).toBe('Lägg till lapp');
    expect(translate('en', 'board.addNote')).toBe('Add note');
  });

  it('says every Finnish message in Swedish and English too', async () => {
    await Promise.all([loadLanguage('sv'), loadLanguage('en')]);
    const keys = Object.keys(dictionaryOf('fi')).sort();
    expect(Object.keys(dictionaryOf('sv')).sort()).toEqual(keys);
    expect(Object.keys(dictionaryOf('en')).sort()).toEqual(keys);
  });
});
