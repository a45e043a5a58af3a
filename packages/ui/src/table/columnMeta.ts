import type { ColumnDef, RowData } from '@tanstack/react-table';

declare module '@tanstack/react-table' {
  // Declaration merging needs the library's exact type parameters, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Plain value written to Excel; defaults to the column's accessor value. */
    exportValue?: (row: TData) => unknown;
    /** Leave the column out of the Excel file (e.g. action buttons). */
    noExport?: boolean;
    /** Only in the Excel file, not on screen (e.g. long JSON shown in a row's details instead). */
    exportOnly?: boolean;
    /** Header text for Excel and screen readers when `header` is not a plain string. */
    headerText?: string;
    align?: 'left' | 'center' | 'right';
    /** Keep the cell on one line (dates, codes, short numbers). */
    nowrap?: boolean;
  }
}

/**
 * A column of a DataTable. The value type is `any` as TanStack recommends for arrays of
 * mixed columns; each column made with createColumnHelper stays precisely typed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataColumn<T> = ColumnDef<T, any>;
