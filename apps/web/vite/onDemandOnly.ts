import type { Plugin } from 'vite';

/**
 * What only one dynamic import loads, left out of the service worker's precache (issue 19):
 * every phone's first visit installs the worker, which downloads the precache over the venue's
 * Wi-Fi beside the page's own traffic. The PDF renderer (our print package, jsPDF and what
 * jsPDF loads for itself) was 222 of its 537 kB, and participants never print. Whoever uses
 * it gets it from the network, and the worker's runtime route keeps it (vite.config.ts).
 *
 * `facade`: the module whose dynamic import is the way in. The chunks the app reaches without
 * that import stay in the precache; the rest is left out. `plugin` finds them when the bundle
 * is written; `leaveOut` is a Workbox manifest transform, run after it.
 */
export function onDemandOnly(facade: RegExp): {
  plugin: Plugin;
  leaveOut: <Entry extends { url: string }>(entries: Entry[]) => { manifest: Entry[] };
} {
  const onDemand = new Set<string>();
  const plugin: Plugin = {
    name: 'avaa-on-demand-only',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
      const door = chunks.find((chunk) => chunk.facadeModuleId !== null && facade.test(chunk.facadeModuleId));
      if (!door) throw new Error(`onDemandOnly: no chunk for ${facade}`);
      const reached = new Set<string>();
      const next = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
      for (let file = next.pop(); file !== undefined; file = next.pop()) {
        if (reached.has(file) || file === door.fileName) continue;
        reached.add(file);
        const chunk = bundle[file];
        if (chunk?.type === 'chunk') next.push(...chunk.imports, ...chunk.dynamicImports);
      }
      onDemand.clear();
      for (const chunk of chunks) if (!reached.has(chunk.fileName)) onDemand.add(chunk.fileName);
    },
  };
  const leaveOut = <Entry extends { url: string }>(entries: Entry[]) => {
    if (onDemand.size === 0) throw new Error('onDemandOnly: the bundle was not seen');
    return { manifest: entries.filter((entry) => !onDemand.has(entry.url)) };
  };
  return { plugin, leaveOut };
}
