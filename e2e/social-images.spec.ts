/**
 * Social preview images: guides, model, device and will-it-run pages each point og:image and
 * twitter:image at their own build-time PNG (1200 × 630), and that file exists and is a PNG of that size.
 */
import { expect, test } from './fixtures';

const PAGES = ['/guides/gpt-oss-20b-120b', '/models/gpt-oss-20b', '/devices/rtx-4090', '/will-it-run/gemma-3-27b/rtx-2060'];

for (const path of PAGES) {
  test(`${path} has its own social image`, async ({ page, request }) => {
    await page.goto(path);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    const twitter = await page.locator('meta[name="twitter:image"]').getAttribute('content');
    expect(new URL(og!).pathname).toBe(`${path}/og.png`);
    expect(new URL(twitter!).pathname).toBe(`${path}/og.png`);
    const res = await request.get(`${path}/og.png`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    const png = await res.body();
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
}
