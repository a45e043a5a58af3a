import { ROLES, ROLE_INFO, fieldLabel, type Role } from '@pcs/domain';
import type { NamedSheet, Sheet } from '@pcs/ui';

/** The columns of a user import sheet, in template order: the fields of userImportRowSchema. */
export const IMPORT_COLUMNS = ['username', 'displayName', 'email', 'phone', 'role', 'tenantCode'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

const REQUIRED: readonly ImportColumn[] = ['username', 'displayName', 'role'];

/** "用户名 username": readable in Chinese, and the English key tells the importer which column it is. */
export function templateHeader(column: ImportColumn): string {
  return `${fieldLabel([column]).zh} ${column}`;
}

/**
 * The import template: the header row only, plus two reference sheets listing the role codes
 * and the township codes the columns accept.
 */
export function importTemplate(townships: ReadonlyArray<{ code: string; name: string }>): { sheet: Sheet; more: NamedSheet[] } {
  return {
    sheet: { headers: IMPORT_COLUMNS.map(templateHeader), rows: [] },
    more: [
      {
        name: '角色 roles',
        sheet: {
          headers: ['角色代码 role', '中文名称', 'English name', '须填乡镇代码 tenantCode required'],
          rows: ROLES.map((role) => [role, ROLE_INFO[role].nameZh, ROLE_INFO[role].nameEn, ROLE_INFO[role].scope === 'township' ? '是 yes' : '否 no']),
        },
      },
      { name: '乡镇 townships', sheet: { headers: ['乡镇代码 tenantCode', '名称 name'], rows: townships.map((t) => [t.code, t.name]) } },
    ],
  };
}

/** Which column a header cell names: the English key anywhere in it, or exactly the Chinese label. */
function columnOf(header: string): ImportColumn | undefined {
  const text = header.trim().toLowerCase();
  return IMPORT_COLUMNS.find((column) => text.split(/[\s/（()）:：]+/).includes(column.toLowerCase()) || text === fieldLabel([column]).zh);
}

/** A role given by its code or by its Chinese or English name; anything else is passed on for the API to refuse. */
export function roleFrom(cell: string): Role | string {
  const text = cell.trim();
  const lower = text.toLowerCase();
  return ROLES.find((role) => role === lower || ROLE_INFO[role].nameZh === text || ROLE_INFO[role].nameEn.toLowerCase() === lower) ?? text;
}

export type ImportRow = Record<ImportColumn, string | null>;

export type ParsedSheet = { ok: true; rows: ImportRow[] } | { ok: false; missing: ImportColumn[] };

/**
 * The rows of an import sheet (cell texts, header row first) as the API's import rows. Empty
 * cells become null; row n of the result is sheet row n + 2, which is how the API numbers them.
 */
export function rowsFromSheet(cells: readonly string[][]): ParsedSheet {
  const [header = [], ...body] = cells;
  const positions = new Map<ImportColumn, number>();
  header.forEach((text, index) => {
    const column = columnOf(text);
    if (column && !positions.has(column)) positions.set(column, index);
  });
  const missing = REQUIRED.filter((column) => !positions.has(column));
  if (missing.length > 0) return { ok: false, missing };
  const rows = body.map((cellsOfRow) => {
    const row = Object.fromEntries(
      IMPORT_COLUMNS.map((column) => {
        const index = positions.get(column);
        const text = index === undefined ? '' : (cellsOfRow[index] ?? '').trim();
        return [column, text === '' ? null : text];
      }),
    ) as ImportRow;
    if (row.role) row.role = roleFrom(row.role);
    return row;
  });
  return { ok: true, rows };
}
