import { describe, expect, test } from 'vitest';
import { isExchangedText, MAX_EXCHANGED_TEXT_LENGTH, toExchangedText } from './exchangedText.ts';

describe('toExchangedText', () => {
  test('drops what an import refuses and keeps line feeds, tabs and letters', () => {
    expect(toExchangedText('Ohjaamo\u0000\u0007 \u202eVantaa\n\tå')).toBe('Ohjaamo Vantaa\n\tå');
  });

  test('cuts at the bound, never inside a surrogate pair, and always passes the import check', () => {
    const emoji = `${'x'.repeat(MAX_EXCHANGED_TEXT_LENGTH - 1)}😀tail`;
    expect(toExchangedText(emoji)).toBe('x'.repeat(MAX_EXCHANGED_TEXT_LENGTH - 1));
    for (const text of [emoji, 'y'.repeat(3 * MAX_EXCHANGED_TEXT_LENGTH), '\u0001'.repeat(20)]) {
      expect(isExchangedText(toExchangedText(text))).toBe(true);
    }
  });
});
