import { Alert, Button, Modal, Space, Typography } from 'antd';
import { PrinterOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadXlsx } from '@pcs/ui';
import { EVALUATION_NS } from '../i18n/evaluation';

export interface IssuedCodes {
  title: string;
  groupName: string;
  link: string;
  codes: Array<{ serial: number; code: string }>;
}

/**
 * The codes just issued, shown this once (the server keeps only their hashes): a sheet of slips to
 * print and cut out, and an Excel file to send them to phones.
 */
export function CodesModal({ issued, onClose }: { issued: IssuedCodes | null; onClose: () => void }) {
  const { t } = useTranslation(EVALUATION_NS);
  if (!issued) return null;
  const exportExcel = () =>
    downloadXlsx(`${t('codes.file')}-${issued.groupName}`, {
      headers: [t('codes.sheetGroup'), t('codes.sheetSerial'), t('codes.sheetCode'), t('codes.sheetLink')],
      rows: issued.codes.map((c) => [issued.groupName, c.serial, c.code, issued.link]),
    });
  return (
    <Modal open width={760} title={t('codes.title', { group: issued.groupName })} onCancel={onClose} footer={null} data-testid="codes-modal">
      <Alert type="warning" showIcon title={t('codes.warning')} style={{ marginBottom: 12 }} className="no-print" />
      <Space className="no-print" style={{ marginBottom: 12 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('codes.print')}
        </Button>
        <Button icon={<FileExcelOutlined />} onClick={() => void exportExcel()} data-testid="codes-excel">
          {t('codes.excel')}
        </Button>
      </Space>
      <div className="ballot-slips" style={{ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: 0 }} data-testid="ballot-slips">
        {issued.codes.map((c) => (
          <div key={c.serial} style={{ border: '1px dashed #999', padding: '12px 16px', breakInside: 'avoid' }} data-testid="ballot-slip">
            <Typography.Text type="secondary">
              {issued.title} · {issued.groupName} · {t('codes.serial', { serial: c.serial })}
            </Typography.Text>
            <div style={{ fontFamily: 'monospace', fontSize: 24, letterSpacing: 2, margin: '6px 0' }} data-testid="ballot-code">
              {c.code}
            </div>
            <Typography.Text style={{ fontSize: 12 }}>
              {t('codes.howTo')}: {issued.link}
            </Typography.Text>
          </div>
        ))}
      </div>
    </Modal>
  );
}
