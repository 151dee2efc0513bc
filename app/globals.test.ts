/**
 * The dark palette appears twice in globals.css: once for the toggle (data-theme="dark") and once for
 * visitors without JavaScript (prefers-color-scheme). CSS cannot share one declaration block between a
 * selector and a media query without light-dark(), which older Safari lacks, so this test keeps the
 * two copies identical instead.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./globals.css', import.meta.url), 'utf8');

function declarations(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--[\w-]+|color-scheme)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

function blockAfter(marker: string): string {
  const start = css.indexOf(marker);
  expect(start, `globals.css has ${marker}`).toBeGreaterThanOrEqual(0);
  const open = css.indexOf('{', start + marker.length - 1);
  return css.slice(open + 1, css.indexOf('}', open));
}

describe('the dark palette', () => {
  it('is the same for the theme toggle and for the no-JavaScript system preference', () => {
    const toggled = declarations(blockAfter(":root[data-theme='dark']"));
    const system = declarations(blockAfter(':root:not([data-theme])'));
    expect(Object.keys(toggled).length).toBeGreaterThan(10);
    expect(system).toEqual(toggled);
  });
});
