/**
 * The layering ARCHITECTURE.md promises, checked on the source: `lib/` never imports from `app/`, and the
 * engine and the catalog (which run in browsers, the CLI and at build time alike) import no React, no
 * Next.js and no Node built-ins, and touch no DOM globals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.join(process.cwd(), 'lib');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx|mjs|js)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Module specifiers of static imports, re-exports and dynamic imports. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

const rel = (file: string) => path.relative(process.cwd(), file);
const intoApp = (file: string, spec: string) =>
  spec.startsWith('@/app/') || (spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(path.join(process.cwd(), 'app') + path.sep));

describe('layering', () => {
  it('finds the imports it checks (the scanner reads real files)', () => {
    const estimateFile = path.join(LIB, 'estimator', 'estimate.ts');
    expect(specifiers(estimateFile).length).toBeGreaterThan(0);
    expect(intoApp(path.join(LIB, 'content', 'x.ts'), '../../app/_components/y')).toBe(true);
    expect(intoApp(path.join(LIB, 'content', 'x.ts'), './component-props')).toBe(false);
  });

  it('lib/ never imports from app/', () => {
    const offenders = sources(LIB).flatMap((f) => specifiers(f).filter((s) => intoApp(f, s)).map((s) => `${rel(f)} → ${s}`));
    expect(offenders).toEqual([]);
  });

  it('the engine and the catalog import no React, Next.js or Node built-ins and use no DOM globals', () => {
    const pure = [...sources(path.join(LIB, 'estimator')), ...sources(path.join(LIB, 'catalog'))];
    expect(pure.length).toBeGreaterThan(10);
    const offenders = pure.flatMap((f) => {
      const bad = specifiers(f).filter((s) => /^(react|react-dom|next)(\/|$)/.test(s) || s.startsWith('node:'));
      // Without comments and string literals, whose prose ("a sliding window.") is not code.
      const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '');
      const dom = /\b(window|document|navigator|localStorage)\s*\./.test(code) ? ['a DOM global'] : [];
      return [...bad, ...dom].map((s) => `${rel(f)} → ${s}`);
    });
    expect(offenders).toEqual([]);
  });
});
