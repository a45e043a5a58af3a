import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import type { Labels } from './common';

/**
 * 六簿一册 (seed 002, 鼎山镇): 「主席团会议簿,代表先进事迹记录簿,来信来访登记簿,各级文件登记簿,
 * 代表议事和批评、建议、意见记录簿,代表小组活动记录簿,代表分组情况及代表花名册」. Each book is
 * produced for a year from the product's own records. A sub-district keeps the same books, its
 * first one being the working committee's meeting book: congressWording(kind).bookLabels.
 */
export const CONGRESS_BOOKS = ['presidium_meetings', 'exemplary_deeds', 'letters_visits', 'documents', 'motions_suggestions', 'group_activities', 'roster'] as const;
export type CongressBook = (typeof CONGRESS_BOOKS)[number];
export const CONGRESS_BOOK_LABELS: Labels<CongressBook> = {
  presidium_meetings: { zh: '主席团会议簿', en: 'Presidium meeting book' },
  exemplary_deeds: { zh: '代表先进事迹记录簿', en: "Record of deputies' exemplary deeds" },
  letters_visits: { zh: '来信来访登记簿', en: 'Letters-and-visits register' },
  documents: { zh: '各级文件登记簿', en: 'Documents register' },
  motions_suggestions: { zh: '代表议事和批评、建议、意见记录簿', en: "Register of deputies' motions, criticisms and suggestions" },
  group_activities: { zh: '代表小组活动记录簿', en: 'Deputy-group activity book' },
  roster: { zh: '代表分组情况及代表花名册', en: 'Deputy roster by group' },
};

export const congressBookQuerySchema = z.object({ book: z.enum(CONGRESS_BOOKS), year: z.number().int().min(1990).max(2100) });

/** A book as printed and exported: columns in both languages, rows of plain values, optional sections. */
export interface CongressBookColumn {
  key: string;
  zh: string;
  en: string;
  /** Relative width on paper. */
  width?: number;
}
/**
 * A cell: a number, or the users' own words as they are, or a text the book words itself (an
 * enumerated value, a phrase around names) in both languages, shown in the reader's language.
 */
export type CongressBookCell = string | number | null | BilingualMessage;

/** A cell or section heading as the reader's language shows it. */
export function congressBookText(cell: CongressBookCell, pick: (message: BilingualMessage) => string): string | number {
  if (cell === null) return '';
  return typeof cell === 'object' ? pick(cell) : cell;
}
export interface CongressBookSection {
  /** Heading of a section (a group in the roster), or null for a book without sections. */
  title: BilingualMessage | null;
  rows: Array<Record<string, CongressBookCell>>;
}
export interface CongressBookData {
  book: CongressBook;
  year: number;
  tenantName: string;
  /** The book's name for this tenant's kind (工委会议簿 in a sub-district). */
  title: BilingualMessage;
  /** Who keeps the books after the tenant's name (人大, or 人大工委 in a sub-district). */
  owner: BilingualMessage;
  columns: CongressBookColumn[];
  sections: CongressBookSection[];
  /** Said above the table, e.g. that the records come from another module not yet available. */
  note: { zh: string; en: string } | null;
}

export const liaisonDashboardQuerySchema = z.object({ year: z.number().int().min(1990).max(2100).optional() });
