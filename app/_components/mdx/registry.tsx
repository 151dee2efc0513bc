/**
 * The MDX component registry: the one table between content and code.
 * Guides (mdx-bundler) and app/**\/page.mdx (@next/mdx, via mdx-components.tsx)
 * both render with `mdxComponents`. Guides never import; they name these
 * components with literal props, which the build checks against `componentProps`.
 *
 * To add a widget: write the component (client islands start with
 * 'use client'), add its zod schema to props.ts, and add it below.
 */
import type { MDXComponents } from 'mdx/types';
import type { ComponentType } from 'react';
import type { z } from 'zod';
import { CalibrationAccuracy } from './calibration-accuracy';
import { Callout } from './callout';
import { DatasetJsonLd } from './dataset-json-ld';
import { Estimate } from './estimate';
import { MdxLink, MdxPre, MdxTable } from './elements';
import {
  CalculatorUrlKeys,
  CalibrationErrors,
  CalibrationRows,
  CalibrationSummary,
  EngineConstants,
  EngineDefaults,
  MemoryRules,
  ReportWrongNumber,
} from './methodology';
import { componentProps, type RegistryName } from '@/lib/content/component-props';
import { DeviceTable } from '../widgets/device-table';
import { MemoryBreakdown } from '../widgets/memory-breakdown';
import { OffloadCurve } from '../widgets/offload-curve';
import { ThroughputChart } from '../widgets/throughput-chart';
import { VramTiers } from '../widgets/vram-tiers';
import { WillItRun } from '../widgets/will-it-run';

type Registry = {
  [K in RegistryName]: ComponentType<z.input<(typeof componentProps)[K]> & { children?: React.ReactNode }>;
};

/** Registry components by name; the mapped type keeps them in step with props.ts. */
export const registryComponents: Registry = {
  Callout,
  Estimate,
  CalibrationAccuracy,
  WillItRun,
  MemoryBreakdown,
  OffloadCurve,
  ThroughputChart,
  DeviceTable,
  VramTiers,
  CalibrationSummary,
  CalibrationErrors,
  CalibrationRows,
  EngineConstants,
  EngineDefaults,
  MemoryRules,
  CalculatorUrlKeys,
  ReportWrongNumber,
  DatasetJsonLd,
};

/** Everything MDX content renders with: registry components plus element overrides. */
export const mdxComponents: MDXComponents = {
  ...registryComponents,
  a: MdxLink,
  table: MdxTable,
  pre: MdxPre,
};

export { componentProps };
