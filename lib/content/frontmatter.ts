/**
 * Guide frontmatter: the zod schema and its normalised type.
 *
 * YAML dates may arrive as `Date` objects (gray-matter/js-yaml) or as
 * `YYYY-MM-DD` strings (the `yaml` package's core schema); both normalise to a
 * `YYYY-MM-DD` string so pages never render a raw Date.
 */
import { z } from 'zod';

const isoDay = z.union([
  z.date().transform((d) => d.toISOString().slice(0, 10)),
  z.iso.date({ message: 'expected a date like 2025-01-31' }),
]);

const isDay = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case slug');

export const guideFrontmatterSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'title is empty').max(120, 'title is longer than 120 characters'),
    description: z
      .string()
      .trim()
      .min(1, 'description is empty')
      .max(160, 'description is longer than 160 characters'),
    published: isoDay,
    updated: isoDay,
    tags: z.array(slug).default([]),
    related: z.array(slug).default([]),
    draft: z.boolean().default(false),
    /** The reader's question the guide answers, for the guide index: will it fit, how fast, how to set up, what to run. */
    group: z.enum(['fit', 'speed', 'setup', 'choose']).optional(),
  })
  // Only compare when both dates parsed (zod may still run this after a field failed).
  .refine((fm) => !(isDay(fm.published) && isDay(fm.updated)) || fm.updated >= fm.published, {
    path: ['updated'],
    message: 'updated is earlier than published',
  });

/** Frontmatter after validation: dates are `YYYY-MM-DD` strings. */
export type GuideFrontmatter = z.output<typeof guideFrontmatterSchema>;
