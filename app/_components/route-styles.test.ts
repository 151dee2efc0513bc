import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const appDir = path.join(process.cwd(), 'app');

function cssModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? cssModules(full) : e.name.endsWith('.module.css') ? [full] : [];
  });
}

describe('route-styles.ts', () => {
  it('imports every CSS module under app/, so no route has its own stylesheet', () => {
    const source = readFileSync(path.join(appDir, '_components/route-styles.ts'), 'utf8');
    const imported = new Set(
      [...source.matchAll(/^import '([^']+)';$/gm)].map((m) => path.resolve(appDir, '_components', m[1])),
    );
    // Styles of components the root layout already imports are in the shared chunk anyway.
    const layoutTree = ['site-header', 'site-footer', 'theme-toggle'].map((n) => path.join(appDir, '_components', `${n}.module.css`));
    const missing = cssModules(appDir).filter((f) => !imported.has(f) && !layoutTree.includes(f));
    expect(missing.map((f) => path.relative(process.cwd(), f))).toEqual([]);
  });
});
