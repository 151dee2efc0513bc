/**
 * "Report a wrong number": a link that opens a new issue on the tracker (`issueTrackerUrl` in
 * lib/site.ts) with a title and a body already filled in, the body holding the calculator URL of
 * the scenario, so whoever triages it can open exactly what the reader saw. GitHub's new-issue page
 * reads `title` and `body` from the query string; values are encoded with URLSearchParams.
 */
import { calculatorHref } from '../calculator/url';
import type { CalculatorState } from '../calculator/state';
import { absoluteUrl, issueTrackerUrl } from '../site';

/** The scenario, as the calculator's absolute URL (defaults left out). */
export function scenarioUrl(state: Partial<CalculatorState>): string {
  return absoluteUrl(calculatorHref(state));
}

/** A new-issue link with the scenario's calculator URL in the body. */
export function reportIssueHref(state: Partial<CalculatorState>, trackerUrl: string = issueTrackerUrl): string {
  const scenario = scenarioUrl(state);
  const what = [state.model, state.device].filter(Boolean).join(' on ');
  const params = new URLSearchParams({
    title: `Wrong estimate${what ? `: ${what}` : ''}`,
    body: [
      `Scenario: ${scenario}`,
      '(If your setup differs, set it up in the calculator and paste its address here instead.)',
      '',
      'What the site estimates (the figure and the page it is on):',
      '',
      'What you measured (tokens/s, time to first token or memory used):',
      '',
      'How you measured it (tool and version, e.g. llama-bench or Ollama, the exact command, the prompt and context length):',
      '',
      'Hardware and software (GPU and driver, system RAM, operating system):',
      '',
    ].join('\n'),
  });
  const url = new URL(trackerUrl);
  for (const [k, v] of params) url.searchParams.set(k, v);
  return url.toString();
}
