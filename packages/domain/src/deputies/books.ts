import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import { CONGRESS_BOOKS, type CongressBook } from './congress-terms';

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
