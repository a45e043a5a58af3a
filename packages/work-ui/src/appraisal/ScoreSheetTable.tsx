import { App, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPRAISAL_PHASE_LABELS, ITEM_RULE_LABELS, type ItemInput } from '@pcs/domain';
import { describeError, useLanguage } from '@pcs/ui';
import { APPRAISAL_NS } from '../i18n/appraisal';
import { AttachmentPanel, OwnerAttachments } from '../AttachmentPanel';
import { useFiles } from '../files';
import type { ScoreSheet, SheetItem } from './api';
import { ScoreInput } from './ScoreInput';

interface Row {
  key: string;
  area?: string;
  item?: SheetItem;
  max: number;
}

/**
 * A score sheet as offices print it: areas with their maxima, the items under them with the
 * rule, the self-score (with evidence) and the appraisers' score. Entry fields show where the
 * viewer may score now; the server checks every entry again (a score above the maximum is refused).
 */
export function ScoreSheetTable({ sheet, mode, onScore, busyKey, showEvidence, evidenceHome = 'township', onEvidenceChanged }: {
  sheet: Pick<ScoreSheet, 'areas' | 'maxTotal'>;
  /** 'self': the appraised enters its self-score; 'official': the appraisers score; 'read': no entry. */
  mode: 'self' | 'official' | 'read';
  onScore?: (itemKey: string, input: ItemInput) => Promise<void>;
  busyKey?: string | null;
  showEvidence: 'upload' | 'list' | 'none';
  /**
   * Where the appraised keeps its evidence: a township's files (listed by the township's own
   * procedure), or a county department's in the county home, listed on this sheet (uploads go
   * through the same attachment routes either way).
   */
  evidenceHome?: 'township' | 'county';
  /** Called after an upload or removal (either home), to read the sheet again. */
  onEvidenceChanged?: () => void;
}) {
  const { t } = useTranslation(APPRAISAL_NS);
  const { pick } = useLanguage();
  const files = useFiles();
  const { message } = App.useApp();
  // The organiser downloads a township's evidence through the one attachment store (its access rules decide).
  const download = (file: { id: string; fileName: string }) =>
    void files.download(file.id, file.fileName).catch((error: unknown) => {
      const info = describeError(error);
      void message.error(info.messages ? pick(info.messages) : info.rawMessage);
    });
  const rows: Row[] = sheet.areas.flatMap((area) => [{ key: `area-${area.key}`, area: `${area.key} ${area.name}`, max: area.max }, ...area.items.map((item) => ({ key: item.key, item, max: item.max }))]);
  const selfTotal = sheet.areas.flatMap((a) => a.items).reduce((s, i) => s + (i.self?.points ?? 0), 0);
  const officialTotal = sheet.areas.flatMap((a) => a.items).reduce((s, i) => s + (i.official?.points ?? 0), 0);
  return (
    <Table<Row>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      data-testid="score-sheet"
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}><strong>{t('sheet.total')}</strong></Table.Summary.Cell>
          <Table.Summary.Cell index={1}>{sheet.maxTotal}</Table.Summary.Cell>
          <Table.Summary.Cell index={2} />
          <Table.Summary.Cell index={3}><strong data-testid="self-total">{Math.round(selfTotal * 1000) / 1000}</strong></Table.Summary.Cell>
          <Table.Summary.Cell index={4}><strong data-testid="official-total">{Math.round(officialTotal * 1000) / 1000}</strong></Table.Summary.Cell>
        </Table.Summary.Row>
      )}
      columns={[
        { title: t('templates.item'), key: 'name', render: (_, r) => (r.area ? <strong>{r.area}</strong> : <span>{r.item!.key} {r.item!.name}</span>) },
        { title: t('templates.max'), dataIndex: 'max', width: 70 },
        {
          title: t('templates.rule'),
          key: 'rule',
          width: 200,
          render: (_, r) => r.item && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {pick(ITEM_RULE_LABELS[r.item.rule.kind])}
              {r.item.evidenceRequired ? ` · ${t('sheet.evidence')}：${r.item.evidenceRequired}` : ''}
              {' · '}
              {pick(APPRAISAL_PHASE_LABELS[r.item.phase])}
            </Typography.Text>
          ),
        },
        {
          title: t('sheet.self'),
          key: 'self',
          width: mode === 'self' ? 330 : 120,
          render: (_, r) => {
            if (!r.item) return null;
            const item = r.item;
            return (
              <div>
                {mode === 'self' && onScore ? (
                  <ScoreInput rule={item.rule} max={item.max} value={item.self?.input ?? null} busy={busyKey === item.key} onSave={(input) => void onScore(item.key, input)} testId={`self-${item.key}`} />
                ) : null}
                {item.self ? <Tag color="blue" data-testid={`self-points-${item.key}`}>{item.self.points}</Tag> : null}
                {showEvidence === 'upload' && item.self && evidenceHome === 'township' ? <OwnerAttachments ownerKind="appraisal_score" ownerId={item.self.id} writable onChanged={onEvidenceChanged} /> : null}
                {showEvidence === 'upload' && item.self && evidenceHome === 'county' ? (
                  <div data-testid={`evidence-upload-${item.key}`}>
                    <AttachmentPanel ownerKind="county_appraisal_score" ownerId={item.self.id} files={item.evidence} canUpload canDownload onChanged={() => onEvidenceChanged?.()} />
                  </div>
                ) : null}
                {showEvidence !== 'upload' && item.evidence.length > 0 ? <div>{item.evidence.map((e) => <Typography.Link key={e.id} onClick={() => download(e)} data-testid={`evidence-${item.key}`} style={{ marginRight: 8 }}>{e.fileName}</Typography.Link>)}</div> : null}
              </div>
            );
          },
        },
        {
          title: t('sheet.official'),
          key: 'official',
          width: mode === 'official' ? 300 : 120,
          render: (_, r) => {
            if (!r.item) return null;
            const item = r.item;
            return (
              <div>
                {mode === 'official' && onScore ? (
                  <ScoreInput rule={item.rule} max={item.max} value={item.official?.input ?? null} busy={busyKey === item.key} onSave={(input) => void onScore(item.key, input)} testId={`official-${item.key}`} />
                ) : null}
                {item.official ? <Tag color="green" data-testid={`official-points-${item.key}`}>{item.official.points}</Tag> : null}
              </div>
            );
          },
        },
      ]}
    />
  );
}

/** Runs a score save and shows the server's refusal (e.g. "得分 2 超过该项分值 1") in the reader's language. */
export function useScoreSaver() {
  const { message } = App.useApp();
  const { pick } = useLanguage();
  return async (save: () => Promise<unknown>) => {
    try {
      await save();
      return true;
    } catch (error) {
      const info = describeError(error);
      void message.error(info.messages ? pick(info.messages) : String(error));
      return false;
    }
  };
}
