/**
 * The generated page families (one page per catalog record or pair) and their paths: the one list the
 * pages' generateStaticParams, the sitemap, the content checker's link index and the crawl sample read,
 * so a path can never be linked, listed or crawled without existing. A family is added here in the same
 * commit as its page route.
 */
import { devices } from '../catalog/devices';
import { models } from '../catalog/models';

/** Model ids may hold dots (llama-3.1-8b), which static servers read as a file extension; the path uses dashes. */
export const modelPath = (id: string) => `/models/${id.replace(/\./g, '-')}`;
export const devicePath = (id: string) => `/devices/${id}`;

export interface PageFamily {
  name: string;
  /** Every path of the family. */
  paths(): string[];
}

/** The families whose page routes exist in app/. */
export const PAGE_FAMILIES: PageFamily[] = [
  { name: 'models', paths: () => models.map((m) => modelPath(m.id)) },
  { name: 'devices', paths: () => devices.map((d) => devicePath(d.id)) },
];

/** Every generated path, in family order. */
export function generatedPaths(): string[] {
  return PAGE_FAMILIES.flatMap((f) => f.paths());
}

