/**
 * Guide index groups: the question a reader arrives with, from the frontmatter `group` field.
 * Groups keep this order (fit, speed, setup, choose); guides without a group come last.
 */
import type { GuideFrontmatter } from './frontmatter';

export type GuideGroup = NonNullable<GuideFrontmatter['group']>;

export const GUIDE_GROUPS: ReadonlyArray<{ group: GuideGroup; question: string }> = [
  { group: 'fit', question: 'Will it fit?' },
  { group: 'speed', question: 'How fast will it run?' },
  { group: 'setup', question: 'How do I set it up?' },
  { group: 'choose', question: 'What should I run?' },
];

export interface GroupedGuides<G> {
  /** `null` for guides without a group. */
  group: GuideGroup | null;
  /** The heading: the reader's question, or "More guides". */
  question: string;
  guides: G[];
}

/** Guides by question, in GUIDE_GROUPS order, ungrouped last; empty groups are left out; order within a group is kept. */
export function groupGuides<G extends { frontmatter: Pick<GuideFrontmatter, 'group'> }>(guides: readonly G[]): Array<GroupedGuides<G>> {
  const groups: Array<GroupedGuides<G>> = [
    ...GUIDE_GROUPS.map(({ group, question }) => ({ group, question, guides: guides.filter((g) => g.frontmatter.group === group) })),
    { group: null, question: 'More guides', guides: guides.filter((g) => !g.frontmatter.group) },
  ];
  return groups.filter((g) => g.guides.length > 0);
}
