import type { Plugin } from 'vite';

/**
 * Puts a page's chunk (and what it imports, and its styles) into index.html as preloads, beside
 * the entry's (issue 19). The workshop page is what nearly every open shows (a participant's
 * link; the facilitator goes there from the start page): without this, a phone on a slow link
 * asks for it only once the entry has arrived and run, a round trip and the entry's start-up
 * later. Styles are preloaded, not applied: the page's dynamic import applies them.
 */
export function preloadPage(source: RegExp): Plugin {
  return {
    name: 'avaa-preload-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
        const page = chunks.find((chunk) => chunk.facadeModuleId !== null && source.test(chunk.facadeModuleId));
        if (!page) throw new Error(`preloadPage: no chunk for ${source}`);
        const scripts = [page.fileName, ...page.imports].filter((file) => !html.includes(`/${file}"`));
        const styles = [...(page.viteMetadata?.importedCss ?? [])].filter((file) => !html.includes(`/${file}"`));
        const links = [
          ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
          ...styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
        ];
        return html.replace(/\n\s*<\/head>/, `\n    ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}
