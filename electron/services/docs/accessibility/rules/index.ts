// The rules, in the order their findings are listed.
import type { Rule } from '../types';
import { colourOnly } from './colour-only';
import { documentLanguage } from './document-language';
import { headingOrder } from './heading-order';
import { houseHeadings } from './house-headings';
import { imageAltText } from './image-alt-text';
import { layoutTableReadingOrder } from './layout-table-reading-order';
import { linkText } from './link-text';
import { looksLikeHeadingRule } from './looks-like-heading';
import { tableBlankCells } from './table-blank-cells';
import { tableHeader } from './table-header';
import { tableMergedCells } from './table-merged-cells';
import { titleProperty } from './title-property';

export const RULES: readonly Rule[] = [
  titleProperty,
  documentLanguage,
  headingOrder,
  looksLikeHeadingRule,
  houseHeadings,
  tableHeader,
  tableBlankCells,
  tableMergedCells,
  layoutTableReadingOrder,
  linkText,
  imageAltText,
  colourOnly,
];
