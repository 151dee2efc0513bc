/**
 * The "report a wrong number" link for a scenario URL: GitHub's new-issue page with `title` and `body`
 * read from the query string (encoded with URLSearchParams). Free of catalog imports, so the calculator
 * can build it in the browser for the scenario on screen.
 */
import { issueTrackerUrl } from '../site';

export function reportIssueHrefFor(scenarioUrl: string, what: string, trackerUrl: string = issueTrackerUrl): string {
  const params = new URLSearchParams({
    title: `Wrong estimate${what ? `: ${what}` : ''}`,
    body: [
      `Scenario: ${scenarioUrl}`,
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
