import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

type Chunk = { type: 'chunk'; code: string; isEntry: boolean; imports: string[] };
type Asset = { type: 'asset' };

/**
 * Prints the gzip size of the JavaScript a browser must load before the first page shows:
 * the entry chunk plus every chunk it imports statically. Lazily loaded route chunks are
 * left out on purpose, because they do not delay the first paint. Quality bar: the build
 * reports this figure.
 */
export function initialJsSize(): Plugin {
  return {
    name: 'haven-initial-js-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, Chunk>();
      for (const [fileName, output] of Object.entries(bundle) as [string, Chunk | Asset][]) {
        if (output.type === 'chunk') chunks.set(fileName, output);
      }
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        const chunk = chunks.get(fileName);
        if (!chunk) return;
        initial.add(fileName);
        chunk.imports.forEach(visit);
      };
      for (const [fileName, chunk] of chunks) if (chunk.isEntry) visit(fileName);

      let raw = 0;
      let gzip = 0;
      for (const fileName of initial) {
        const code = Buffer.from(chunks.get(fileName)!.code);
        raw += code.length;
        gzip += gzipSync(code, { level: 9 }).length;
      }
      const kB = (bytes: number) => (bytes / 1000).toFixed(1);
      // Shown at Vite's info level (npm run build); a quiet Maven build (warn) leaves it out.
      this.info(
        `Initial JS: ${kB(raw)} kB, ${kB(gzip)} kB gzip (${initial.size} chunk${initial.size === 1 ? '' : 's'})`,
      );
    },
  };
}
