import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

type Chunk = { type: 'chunk'; code: string; isEntry: boolean; imports: string[]; facadeModuleId: string | null };
type Asset = { type: 'asset' };

/** The most JavaScript (gzip, as the server sends it) the sign-in page and the caseworker home may load. */
export const INITIAL_JS_BUDGET_BYTES = 200_000;

/** The caseworker home's own chunk (the page loads on first use, like every role's page). */
const CASEWORKER_HOME = '/src/app/routes/caseworker/CaseworkerHomePage.tsx';

/**
 * Prints, and holds to a budget, the gzip size of the JavaScript a browser loads before a page
 * shows: for the sign-in page the entry chunk and every chunk it imports statically; for the
 * caseworker home also the home's own chunk and its imports. Other lazily loaded chunks are left
 * out, because those pages do not need them. Compressed at zlib's default level, as the server's
 * gzip does. The build fails over the budget, so the figure cannot grow unseen.
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
      const closure = (starts: string[]) => {
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = chunks.get(fileName);
          if (files.has(fileName) || !chunk) return;
          files.add(fileName);
          chunk.imports.forEach(visit);
        };
        starts.forEach(visit);
        return files;
      };
      const entries = [...chunks].filter(([, chunk]) => chunk.isEntry).map(([fileName]) => fileName);
      const home = [...chunks].find(([, chunk]) => chunk.facadeModuleId?.endsWith(CASEWORKER_HOME))?.[0];
      if (!home) this.error(`no chunk of its own for ${CASEWORKER_HOME}`);

      const kB = (bytes: number) => (bytes / 1000).toFixed(1);
      const pages: [string, Set<string>][] = [
        ['sign-in page', closure(entries)],
        ['caseworker home', closure([...entries, home])],
      ];
      for (const [page, files] of pages) {
        let raw = 0;
        let gzip = 0;
        for (const fileName of files) {
          const code = Buffer.from(chunks.get(fileName)!.code);
          raw += code.length;
          gzip += gzipSync(code).length;
        }
        const figure = `Initial JS of the ${page}: ${kB(raw)} kB, ${kB(gzip)} kB gzip (${files.size} chunks)`;
        if (gzip > INITIAL_JS_BUDGET_BYTES) this.error(`${figure}, over the ${kB(INITIAL_JS_BUDGET_BYTES)} kB budget`);
        // Shown at Vite's info level (npm run build); a quiet Maven build (warn) leaves it out.
        this.info(figure);
      }
    },
  };
}
