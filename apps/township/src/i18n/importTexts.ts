import type { TFunction } from 'i18next';
import type { ImportTexts } from '@pcs/ui';
import type { DNS } from './deputies';
import type { GRID_NS } from './grid';

/**
 * The import texts of an area whose catalogue holds them under `import.*` (the roster and the
 * ledgers): one mapping onto the product's one ExcelImport.
 */
export function importTexts(t: TFunction<typeof DNS> | TFunction<typeof GRID_NS>): ImportTexts {
  return {
    intro: t('import.intro'),
    template: t('import.template'),
    drop: t('import.choose'),
    reading: t('import.reading'),
    checking: (done, total) => t('import.checking', { done, total }),
    summary: (report, invalid) => ({
      title: t('import.summary', { total: report.rows.length, valid: report.rows.length - invalid, invalid }),
      description: invalid ? t('import.hasErrors', { invalid }) : t('import.allGood', { total: report.rows.length }),
    }),
    commit: (count) => t('import.commit', { count }),
    caption: t('import.title'),
    ok: t('import.ok'),
    bad: t('import.bad'),
    columns: { row: t('import.columns.row'), label: t('import.columns.name'), result: t('import.columns.result'), problems: t('import.columns.problems') },
    errorReport: t('import.errorReport'),
    errorReportFile: t('import.errorReportFile'),
  };
}
