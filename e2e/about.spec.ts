import report from '../docs/calibration-report.json';
import { expect, test } from './fixtures';

test('the About page states the accuracy the committed calibration actually has', async ({ page }) => {
  await page.goto('/about');
  const section = page.locator('article, main').first();
  await expect(section).toContainText(`off by ${Math.round(report.summary.decode.medianAbsPctError)} %`);
  await expect(section).toContainText(`against ${report.summary.decode.rows} published measurements`.replace(/^a/, 'A'));
  const rows = page.getByRole('table', { name: /Median error of the estimator by runtime backend/ }).locator('tbody tr');
  await expect(rows).toHaveCount(Object.keys(report.summary.decode.byBackend).length);
});
