/**
 * Props schemas of every MDX registry component, kept free of React so the
 * content checker (lib/content) can validate guides without rendering them.
 * registry.tsx pairs each schema with its component; the types must agree.
 *
 * Schemas are strict: an unknown prop fails the build.
 */
import { z } from 'zod';

export const calloutProps = z.strictObject({
  /** note: background; tip: a shortcut; warning: something that bites. */
  type: z.enum(['note', 'tip', 'warning']).default('note'),
  /** Optional bold lead-in; defaults to the type's name. */
  title: z.string().min(1).max(80).optional(),
});
export type CalloutProps = z.input<typeof calloutProps>;

/** Registry name → props schema. Add a widget here and in registry.tsx. */
export const componentProps = {
  Callout: calloutProps,
} as const satisfies Record<string, z.ZodType>;

export type RegistryName = keyof typeof componentProps;
