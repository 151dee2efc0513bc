// @ts-check
/**
 * The static site search index (pagefind) over the finished HTML: guides, model pages, device pages
 * and the calculator, methodology and about pages. The thousands of will-it-run pages stay out of it:
 * each is one model on one device, which the search page finds from the catalog names directly
 * (lib/discovery/search.ts), and indexing them would multiply the index for no new words.
 *
 * Pagefind reads `data-pagefind-body` (the layout's <main>), so headers, footers and navigation are not
 * indexed. Output: out/pagefind/ (the index fragments, pagefind.js and its WebAssembly), loaded by
 * /search on demand.
 */
import * as pagefind from 'pagefind';

/** Pages to index, as globs relative to out/. */
export const SEARCH_GLOBS = ['guides/**/*.html', 'guides.html', 'models/**/*.html', 'devices/**/*.html', 'calculator.html', 'methodology.html', 'about.html'];

/** @param {string} outDir */
export async function run(outDir) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let pages = 0;
  for (const glob of SEARCH_GLOBS) {
    const added = await index.addDirectory({ path: outDir, glob });
    if (added.errors.length > 0) throw new Error(`pagefind (${glob}): ${added.errors.join('; ')}`);
    pages += added.page_count;
  }
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`  search index: ${pages} pages`);
  if (pages < 100) throw new Error(`pagefind indexed only ${pages} pages; expected the guides, models and devices`);
}
