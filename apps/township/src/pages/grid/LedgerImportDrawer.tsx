import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEDGER_IMPORT_COLUMNS, LEDGER_IMPORT_MAX_ROWS, LEDGER_OBJECT_KIND_LABELS, RISK_LEVEL_LABELS, ledgerImportColumnKey, markDuplicateLedgerRows, parseLedgerImportRow, dayOf } from '@pcs/domain';
import { ExcelImport, useLanguage, type ImportCommitResult, type ImportReport, type ImportRowReport } from '@pcs/ui';
import { importTexts } from '../../i18n/importTexts';
import { useTRPCClient } from '../../api/trpc';
import { loadExcelJs, saveBlob } from '../deputies/common/files';
import { GRID_NS } from '../../i18n/grid';

const CHUNK = 200;
const FIRST_DATA_ROW = 2;

interface SheetRow {
  record: Record<string, string>;
  number: number;
}

function cellText(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return dayOf(value);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: Array<{ text: string }> };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return String(v.text);
  }
  return String(value).trim();
}

/**
 * The ledger's Excel import through the one import flow (ExcelImport): the template in the
 * user's language (either language's headers are read), rows checked by the API, all or none.
 */
export function LedgerImportDrawer({ open, onClose, onImported, gridNames }: { open: boolean; onClose: () => void; onImported: () => void; gridNames: readonly string[] }) {
  const { t } = useTranslation(GRID_NS);
  const { pick, language } = useLanguage();
  const client = useTRPCClient();
  const header = (c: (typeof LEDGER_IMPORT_COLUMNS)[number]) => `${language === 'en' ? c.en : c.zh}${c.required ? '*' : ''}`;

  const downloadTemplate = async () => {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(t('import.sheet'));
    sheet.addRow(LEDGER_IMPORT_COLUMNS.map(header)).font = { bold: true };
    sheet.addRow(LEDGER_IMPORT_COLUMNS.map((c) => (c.key === 'note' ? t('import.example') : c.key === 'gridName' ? (gridNames[0] ?? c.example) : c.key === 'kind' ? pick(LEDGER_OBJECT_KIND_LABELS.livestock_farm) : c.key === 'riskLevel' ? pick(RISK_LEVEL_LABELS.medium) : c.example)));
    sheet.columns.forEach((column) => (column.width = 18));
    const lists: Record<string, string> = {
      kind: Object.values(LEDGER_OBJECT_KIND_LABELS).map((l) => pick(l)).join(','),
      riskLevel: Object.values(RISK_LEVEL_LABELS).map((l) => pick(l)).join(','),
    };
    LEDGER_IMPORT_COLUMNS.forEach((c, i) => {
      const list = lists[c.key];
      if (!list) return;
      const letter = String.fromCharCode(65 + i);
      for (let r = FIRST_DATA_ROW; r <= 500; r++) sheet.getCell(`${letter}${r}`).dataValidation = { type: 'list', allowBlank: !c.required, formulae: [`"${list}"`] };
    });
    const buffer = await workbook.xlsx.writeBuffer();
    saveBlob(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${t('import.templateFile')}.xlsx`);
  };

  const read = async (buffer: ArrayBuffer) => {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error(t('import.noRows'));
    const headers = (sheet.getRow(1).values as unknown[]).map(cellText);
    const keys = headers.map((h) => (h ? ledgerImportColumnKey(h) : undefined));
    const unknown = headers.filter((h, i) => h && !keys[i]);
    const missing = LEDGER_IMPORT_COLUMNS.filter((c) => c.required && !keys.includes(c.key)).map((c) => pick(c));
    if (missing.length) throw new Error(t('import.missingColumns', { columns: missing.join('、') }));
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number < FIRST_DATA_ROW) return;
      const values = row.values as unknown[];
      const record: Record<string, string> = {};
      keys.forEach((key, i) => {
        if (key) record[key] = cellText(values[i]).slice(0, 1000);
      });
      if (Object.values(record).every((v) => !v) || record.note === t('import.example')) return;
      rows.push({ record, number });
    });
    if (rows.length === 0) throw new Error(t('import.noRows'));
    if (rows.length > LEDGER_IMPORT_MAX_ROWS) throw new Error(t('import.noRows'));
    return { rows, warnings: unknown.length ? [t('import.unknownColumns', { columns: unknown.join('、') })] : [] };
  };

  const check = async (rows: SheetRow[], progress: (done: number, total: number) => void): Promise<ImportReport> => {
    const results: ImportRowReport[] = [];
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const preview = await client.ledgers.importPreview.mutate({ rows: chunk.map((r) => r.record), firstRowNumber: FIRST_DATA_ROW + start });
      preview.rows.forEach((r, i) => results.push({ row: chunk[i]?.number ?? r.row, label: r.name, issues: r.issues.map((issue) => ({ field: pick(issue.field), message: pick(issue.message) })) }));
      progress(Math.min(rows.length, start + CHUNK), rows.length);
    }
    // Repeats across chunks: the same domain check over the whole file.
    const local = rows.map((row) => parseLedgerImportRow(row.record, row.number));
    markDuplicateLedgerRows(local);
    local.forEach((l, i) => {
      const result = results[i]!;
      if (result.issues.length === 0 && l.issues.length > 0) result.issues = l.issues.map((issue) => ({ field: pick(issue.field), message: pick(issue.message) }));
    });
    return { rows: results, commitCount: results.length };
  };

  const commit = async (rows: SheetRow[]): Promise<ImportCommitResult<number>> => {
    const result = await client.ledgers.importCommit.mutate({ rows: rows.map((r) => r.record), firstRowNumber: FIRST_DATA_ROW });
    return { committed: true, done: result.created };
  };

  return (
    <Drawer open={open} onClose={onClose} title={t('import.title')} size={Math.min(880, window.innerWidth)} destroyOnHidden data-testid="ledger-import">
      <ExcelImport<SheetRow, number>
        testIdPrefix="ledger-import"
        reportTestId="ledger-import-report"
        texts={importTexts(t)}
        downloadTemplate={downloadTemplate}
        read={read}
        check={check}
        commit={commit}
        onCommitted={() => onImported()}
      />
    </Drawer>
  );
}
