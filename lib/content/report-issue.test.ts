import { describe, expect, it } from 'vitest';
import { reportIssueHref } from './report-issue';
import { issueTrackerUrl, siteUrl } from '../site';

describe('reportIssueHref', () => {
  it('opens a new issue on the tracker with the scenario calculator URL in the body', () => {
    const href = new URL(reportIssueHref({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 64 }));
    expect(`${href.origin}${href.pathname}`).toBe(issueTrackerUrl);
    expect(href.searchParams.get('title')).toBe('Wrong estimate: gpt-oss-120b on rtx-4090');
    const body = href.searchParams.get('body')!;
    const scenario = /Scenario: (\S+)/.exec(body)![1];
    // The calculator keys of lib/calculator/url.ts, as the guide brief documents them.
    const url = new URL(scenario);
    expect(`${url.origin}${url.pathname}`).toBe(`${siteUrl}/calculator`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ model: 'gpt-oss-120b', device: 'rtx-4090', ram: '64' });
    expect(body).toContain('What you measured');
  });

  it('encodes characters that would break the query (&, #, spaces)', () => {
    const href = reportIssueHref({ model: 'a&b#c d' }, 'https://example.com/x/issues/new');
    expect(href.startsWith('https://example.com/x/issues/new?title=')).toBe(true);
    expect(href).not.toContain('#');
    expect(new URL(href).searchParams.get('title')).toBe('Wrong estimate: a&b#c d');
  });
});
