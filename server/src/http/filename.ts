/**
 * `avaa-<title>-<part>.<ext>` in plain ASCII for `Content-Disposition`: letters lose their
 * accents (ä -> a, å -> a, š -> s), everything else becomes `-`, so no header injection and no
 * browser mangles it. A title with nothing left becomes `workshop`.
 */
export function downloadName(title: string, part: string, extension: string): string {
  const slug = asciiSlug(title).slice(0, 60).replace(/-+$/, '') || 'workshop';
  return `avaa-${slug}-${asciiSlug(part)}.${extension}`;
}

export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[ŋŊ]/g, 'n')
    .replace(/[ŧŦ]/g, 't')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}
