import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPRAISAL_PHASE_LABELS, APPRAISAL_PHASES, APPRAISAL_SUBJECT_KIND_LABELS, APPRAISAL_SUBJECT_KINDS, checkRuleSet, ITEM_PHASES, ITEM_RULE_LABELS, type AppraisalPhase, type AppraisalRuleSet, type AppraisalSubjectKind } from '@pcs/domain';
import { describeError, useLanguage } from '@pcs/ui';
import { APPRAISAL_NS } from '../i18n/appraisal';
import { useTRPCClient } from '../trpc';
import { appraisalKeys } from './api';

type Area = AppraisalRuleSet['areas'][number];
type Item = Area['items'][number];

/**
 * The county edits a template (or a copy of one): the tree of areas and items with their maxima,
 * the phase weights, grade cut-offs and subsidy bands. The domain's own check runs on every
 * change, so the form says whether everything adds up before saving; the server checks again.
 */
export function TemplateEditor({ templateId, copy, onClose }: { templateId: string; copy: boolean; onClose: () => void }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const { pick, language } = useLanguage();
  const { message } = App.useApp();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const template = useQuery({ queryKey: appraisalKeys.of('county', 'template', templateId), queryFn: () => client.countyAppraisal.templates.get.query({ id: templateId }) });
  const [set, setSet] = useState<AppraisalRuleSet | null>(null);
  const [name, setName] = useState('');
  // A copy may appraise another kind (e.g. the county's departments from a township template).
  const [kind, setKind] = useState<AppraisalSubjectKind | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (template.data) {
      setSet(template.data.ruleSet);
      setName(copy ? t('templates.copyName', { name: template.data.name }) : template.data.name);
      setKind(template.data.subjectKind);
    }
  }, [template.data, copy, t]);
  if (!set || !template.data) return null;
  const issues = checkRuleSet(set);
  const change = (next: Partial<AppraisalRuleSet>) => setSet({ ...set, ...next });
  const changeArea = (a: number, next: Partial<Area>) => change({ areas: set.areas.map((area, i) => (i === a ? { ...area, ...next } : area)) });
  const changeItem = (a: number, k: number, next: Partial<Item>) => changeArea(a, { items: set.areas[a]!.items.map((item, i) => (i === k ? { ...item, ...next } : item)) });
  const save = async () => {
    setBusy(true);
    try {
      const subjectKind = copy ? (kind ?? template.data.subjectKind) : template.data.subjectKind;
      // A copy over another kind is titled by its name: the printed sheet's title was the other kind's.
      const ruleSet = subjectKind === template.data.subjectKind ? set : { ...set, title: name };
      const base = { name, nameEn: copy ? `${template.data.nameEn} (copy)` : template.data.nameEn, subjectKind, periodKind: template.data.periodKind, ruleSet };
      await client.countyAppraisal.templates.save.mutate(copy ? base : { ...base, id: template.data.id, version: template.data.version });
      await queryClient.invalidateQueries({ queryKey: appraisalKeys.all });
      onClose();
    } catch (error) {
      const info = describeError(error);
      void message.error(info.messages ? pick(info.messages) : String(error));
    } finally {
      setBusy(false);
    }
  };
  const weights = set.phaseWeights;
  return (
    <Modal open title={copy ? t('templates.copy') : t('templates.edit')} width="min(1100px, 100vw)" onCancel={onClose} onOk={() => void save()} okText={t('templates.save')} confirmLoading={busy} okButtonProps={{ disabled: issues.length > 0, 'data-testid': 'template-save' } as never}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Input value={name} onChange={(e) => setName(e.target.value)} style={{ width: 360 }} data-testid="template-name" />
          {copy ? <Select value={kind ?? template.data.subjectKind} onChange={setKind} style={{ width: 160 }} data-testid="template-subject-kind" options={APPRAISAL_SUBJECT_KINDS.map((k) => ({ value: k, label: pick(APPRAISAL_SUBJECT_KIND_LABELS[k]) }))} /> : null}
          <span>{t('templates.maxTotal')}</span>
          <InputNumber value={set.maxTotal} min={0} onChange={(v) => change({ maxTotal: Number(v ?? 0) })} data-testid="template-max-total" />
        </Space>
        {issues.length === 0 ? (
          <Alert type="success" showIcon message={t('templates.adds')} data-testid="template-check" />
        ) : (
          <Alert type="error" showIcon data-testid="template-check" message={t('templates.notAdds')} description={<ul style={{ margin: 0 }}>{issues.map((i) => <li key={i.path.join('.')}>{language === 'en' ? i.params.en : i.params.zh}</li>)}</ul>} />
        )}
        {set.areas.map((area, a) => (
          <Card key={area.key} size="small" title={<Space><Input size="small" value={area.name} onChange={(e) => changeArea(a, { name: e.target.value })} style={{ width: 260 }} /><span>{t('templates.max')}</span><InputNumber size="small" value={area.max} min={0} onChange={(v) => changeArea(a, { max: Number(v ?? 0) })} data-testid={`area-max-${area.key}`} /></Space>}
            extra={<Button size="small" onClick={() => changeArea(a, { items: [...area.items, { key: `${area.key}${area.items.length + 1}-${Date.now() % 1000}`, name: t('templates.item'), max: 0, phase: 'onsite_review', evidence: null, rule: { kind: 'points' } }] })}>{t('templates.addItem')}</Button>}>
            <Table<Item> size="small" rowKey="key" pagination={false} dataSource={area.items}
              columns={[
                { title: '', dataIndex: 'key', width: 60 },
                { title: t('templates.item'), key: 'name', render: (_, item, k) => <Input size="small" value={item.name} onChange={(e) => changeItem(a, k, { name: e.target.value })} /> },
                { title: t('templates.max'), key: 'max', width: 100, render: (_, item, k) => <InputNumber size="small" min={0} step={0.5} value={item.max} onChange={(v) => changeItem(a, k, { max: Number(v ?? 0), ...(item.rule.kind === 'bonus' ? { rule: { ...item.rule, cap: Number(v ?? 0) } } : {}) })} data-testid={`item-max-${item.key}`} /> },
                { title: t('templates.phase'), key: 'phase', width: 140, render: (_, item, k) => <Select size="small" style={{ width: 130 }} value={item.phase} onChange={(phase) => changeItem(a, k, { phase })} options={ITEM_PHASES.map((p) => ({ value: p, label: pick(APPRAISAL_PHASE_LABELS[p]) }))} /> },
                { title: t('templates.rule'), key: 'rule', width: 200, render: (_, item) => <Typography.Text type="secondary">{pick(ITEM_RULE_LABELS[item.rule.kind])}</Typography.Text> },
                { title: t('templates.evidence'), key: 'evidence', render: (_, item, k) => <Input size="small" value={item.evidence ?? ''} onChange={(e) => changeItem(a, k, { evidence: e.target.value || null })} /> },
              ]}
            />
          </Card>
        ))}
        <Button onClick={() => change({ areas: [...set.areas, { key: `N${set.areas.length + 1}`, name: t('templates.area'), max: 0, items: [{ key: `N${set.areas.length + 1}-1`, name: t('templates.item'), max: 0, phase: 'onsite_review', evidence: null, rule: { kind: 'points' } }] }] })}>{t('templates.addArea')}</Button>
        {weights ? (
          <Space wrap>
            {APPRAISAL_PHASES.map((p: AppraisalPhase) => (
              <Space key={p}>{pick(APPRAISAL_PHASE_LABELS[p])}<InputNumber size="small" min={0} max={100} addonAfter="%" value={weights[p] ?? 0} onChange={(v) => change({ phaseWeights: { ...weights, [p]: Number(v ?? 0) } })} /></Space>
            ))}
          </Space>
        ) : null}
        <Space wrap>
          <span>{set.grades.set.join(' / ')}</span>
          <Input size="small" style={{ width: 240 }} placeholder="90, 75, 60" value={set.grades.cutoffs?.join(', ') ?? ''} onChange={(e) => change({ grades: { ...set.grades, cutoffs: e.target.value.trim() ? e.target.value.split(/[,，\s]+/).filter(Boolean).map(Number) : null } })} data-testid="template-cutoffs" />
        </Space>
      </Space>
    </Modal>
  );
}
