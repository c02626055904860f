/**
 * Backslash-escapes what Markdown would read as markup, so a note prints as typed: emphasis,
 * code, links, HTML and tables anywhere, headings, lists and quotes at a line's start.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([#+\->]|\d+\.)/gm, (_, space: string, mark: string) => `${space}\\${mark}`);
}
