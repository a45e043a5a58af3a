import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, importTemplate, roleFrom, rowsFromSheet, templateHeader } from './importSheet';

describe('user import sheet', () => {
  it('reads the template columns in any order, blanks as null', () => {
    const header = ['角色 role', '用户名 username', '姓名 displayName', '乡镇代码 tenantCode', '电话 phone'];
    const parsed = rowsFromSheet([header, ['township_staff', 'xikou.li', '李四', 'xikou', ''], ['grid_worker', 'xikou.wu', '吴五', 'xikou']]);
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { username: 'xikou.li', displayName: '李四', email: null, phone: null, role: 'township_staff', tenantCode: 'xikou' },
        { username: 'xikou.wu', displayName: '吴五', email: null, phone: null, role: 'grid_worker', tenantCode: 'xikou' },
      ],
    });
  });

  it('accepts plain Chinese headers and role names in either language', () => {
    const parsed = rowsFromSheet([['用户名', '姓名', '角色'], ['a.b', '甲', '网格监管员'], ['c.d', '乙', 'County standing-committee viewer']]);
    expect(parsed.ok && parsed.rows.map((r) => r.role)).toEqual(['grid_worker', 'county_sc_viewer']);
    expect(roleFrom('boss')).toBe('boss');
  });

  it('names the required columns a sheet lacks', () => {
    expect(rowsFromSheet([['username', 'email']])).toEqual({ ok: false, missing: ['displayName', 'role'] });
    expect(rowsFromSheet([])).toEqual({ ok: false, missing: ['username', 'displayName', 'role'] });
  });

  it('writes a template whose header it reads back, with the codes to use', () => {
    const { sheet, more } = importTemplate([{ code: 'xikou', name: '溪口镇' }]);
    expect(sheet.headers).toEqual(IMPORT_COLUMNS.map(templateHeader));
    expect(sheet.headers[0]).toBe('用户名 username');
    expect(rowsFromSheet([sheet.headers, ['x.y', '丙', '', '', 'grid_worker', 'xikou']])).toMatchObject({ ok: true, rows: [{ username: 'x.y', tenantCode: 'xikou' }] });
    expect(more[0]?.sheet.rows).toContainEqual(['township_admin', '乡镇管理员（人大主席）', 'Township admin', '是 yes']);
    expect(more[1]?.sheet.rows).toEqual([['xikou', '溪口镇']]);
  });
});
