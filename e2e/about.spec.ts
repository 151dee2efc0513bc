import report from '../docs/calibration-report.json';
import { expect, test } from './fixtures';

test('the About page states the out-of-sample accuracy the committed calibration actually has', async ({ page }) => {
  await page.goto('/about');
  const section = page.locator('article, main').first();
  await expect(section).toContainText(`off by ${Math.round(report.crossValidation.decode.medianAbsPctError)} %`);
  await expect(section).toContainText(`Predicting ${report.crossValidation.decode.rows} published measurements it was not fitted to`);
  if (report.validation)
    await expect(section).toContainText(`On ${report.validation.summary.decode.rows} more published runs kept out of the fitting altogether`);
  const rows = page.getByRole('table', { name: /Median error of the estimator by runtime backend/ }).locator('tbody tr');
  await expect(rows).toHaveCount(Object.keys(report.crossValidation.decode.byBackend).length);
});
