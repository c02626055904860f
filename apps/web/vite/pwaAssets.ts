import { LANGUAGES } from '@avaa/protocol';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';
import { loadLanguage } from '../src/i18n/dictionaries.ts';
import { iconSvg } from '../src/pwa/icon.ts';
import { manifestPath, webManifest } from '../src/pwa/manifest.ts';

/**
 * Writes the install manifests (one per UI language) and the icons (PNGs rendered from the
 * app's own SVG) into the build, before the service worker is generated, so they are
 * precached with the rest of the app shell.
 */
export function pwaAssets(): Plugin {
  return {
    name: 'avaa-pwa-assets',
    apply: 'build',
    async generateBundle() {
      // Swedish and English are chunks of their own in the app, loaded on demand.
      await Promise.all(LANGUAGES.map((language) => loadLanguage(language)));
      for (const language of LANGUAGES) {
        const source = `${JSON.stringify(webManifest(language), null, 2)}\n`;
        this.emitFile({ type: 'asset', fileName: manifestPath(language).slice(1), source });
      }
      const plain = iconSvg({ maskable: false });
      this.emitFile({ type: 'asset', fileName: 'icon.svg', source: plain });
      this.emitFile({ type: 'asset', fileName: 'icon-192.png', source: png(plain, 192) });
      this.emitFile({ type: 'asset', fileName: 'icon-512.png', source: png(plain, 512) });
      this.emitFile({
        type: 'asset',
        fileName: 'icon-maskable-512.png',
        source: png(iconSvg({ maskable: true }), 512),
      });
    },
  };
}

function png(svg: string, size: number): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}
