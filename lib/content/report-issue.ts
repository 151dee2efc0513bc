/**
 * "Report a wrong number": a link that opens a new issue on the tracker (`issueTrackerUrl` in
 * lib/site.ts) with a title and a body already filled in, the body holding the calculator URL of
 * the scenario, so whoever triages it can open exactly what the reader saw (the link itself is built
 * by lib/calculator/report-link.ts, which the calculator also uses in the browser).
 */
import { calculatorHref } from '../calculator/url';
import type { CalculatorState } from '../calculator/state';
import { reportIssueHrefFor } from '../calculator/report-link';
import { absoluteUrl, issueTrackerUrl } from '../site';

/** The scenario, as the calculator's absolute URL (defaults left out). */
export function scenarioUrl(state: Partial<CalculatorState>): string {
  return absoluteUrl(calculatorHref(state));
}

/** A new-issue link with the scenario's calculator URL in the body. */
export function reportIssueHref(state: Partial<CalculatorState>, trackerUrl: string = issueTrackerUrl): string {
  return reportIssueHrefFor(scenarioUrl(state), [state.model, state.device].filter(Boolean).join(' on '), trackerUrl);
}
