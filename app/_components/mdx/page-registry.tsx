/**
 * The components app/**\/page.mdx renders with (via mdx-components.tsx): the server-rendered part of the
 * registry plus the element overrides. The interactive widgets are left out on purpose: importing them
 * here would ship their client code on every such page (About, Methodology) although none shows one.
 */
import type { MDXComponents } from 'mdx/types';
import { CalibrationAccuracy } from './calibration-accuracy';
import { Callout } from './callout';
import { DatasetJsonLd } from './dataset-json-ld';
import { MdxLink, MdxPre, MdxTable } from './elements';
import { Estimate } from './estimate';
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
import type { PAGE_COMPONENT_NAMES } from '@/lib/content/component-props';

const pageComponents: Record<(typeof PAGE_COMPONENT_NAMES)[number], MDXComponents[string]> = {
  Callout,
  Estimate,
  CalibrationAccuracy,
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

export const pageMdxComponents: MDXComponents = { ...pageComponents, a: MdxLink, table: MdxTable, pre: MdxPre };
