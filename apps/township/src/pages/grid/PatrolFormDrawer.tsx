import { useMutation } from '@tanstack/react-query';
import { Checkbox, Flex, Input, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { LEDGER_OBJECT_KIND_LABELS, RISK_LEVEL_LABELS, patrolCreateSchema, type LedgerObjectKind, type RiskLevel } from '@pcs/domain';
import { FormDrawer, FormField, useDrawerForm, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { GRID_PATROL_NS } from '../../i18n/grid-patrol';

type FormInput = z.input<typeof patrolCreateSchema>;
type Visit = NonNullable<FormInput['visits']>[number];

export interface PatrolGrid {
  id: string;
  name: string;
  ledgerObjects: ReadonlyArray<{ id: string; name: string; kind: LedgerObjectKind; riskLevel: RiskLevel; address: string }>;
}

/** An instant as the phone's `datetime-local` shows it, and back as ISO with the offset. */
const toLocal = (iso: string | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DDTHH:mm') : '');
const fromLocal = (value: string) => (value ? dayjs(value).format('YYYY-MM-DDTHH:mm:ssZ') : '');

const RISK_COLORS: Record<RiskLevel, string> = { high: 'red', medium: 'orange', low: 'green' };

/** The ledger objects of the grid to tick as checked, each with "problem" and what was found. */
function VisitsEditor({ grid, value, onChange }: { grid: PatrolGrid; value: Visit[] | undefined; onChange: (visits: Visit[]) => void }) {
  const { t } = useTranslation(GRID_PATROL_NS);
  const { pick } = useLanguage();
  const visits = value ?? [];
  const find = (id: string) => visits.find((v) => v.ledgerObjectId === id);
  const change = (id: string, patch: Partial<Visit> | null) => {
    const rest = visits.filter((v) => v.ledgerObjectId !== id);
    onChange(patch === null ? rest : [...rest, { ledgerObjectId: id, problemFound: false, finding: null, ...find(id), ...patch }]);
  };
  return (
    <Flex vertical gap={8} data-testid="patrol-visits">
      {grid.ledgerObjects.map((o) => {
        const visit = find(o.id);
        return (
          <div key={o.id} style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 10px' }}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Checkbox checked={Boolean(visit)} onChange={(e) => change(o.id, e.target.checked ? {} : null)} data-testid={`patrol-visit-${o.id}`}>
                <span style={{ wordBreak: 'break-all' }}>{o.name}</span>
              </Checkbox>
              <span>
                <Tag>{pick(LEDGER_OBJECT_KIND_LABELS[o.kind])}</Tag>
                <Tag color={RISK_COLORS[o.riskLevel]}>{pick(RISK_LEVEL_LABELS[o.riskLevel])}</Tag>
              </span>
            </Flex>
            {visit && (
              <Flex vertical gap={6} style={{ marginTop: 8 }}>
                <Flex align="center" gap={8}>
                  <Switch size="small" checked={visit.problemFound ?? false} onChange={(on) => change(o.id, { problemFound: on })} data-testid={`patrol-problem-${o.id}`} />
                  <Typography.Text>{t('mine.problem')}</Typography.Text>
                </Flex>
                <Input placeholder={t('mine.finding')} value={visit.finding ?? ''} maxLength={1000} onChange={(e) => change(o.id, { finding: e.target.value || null })} />
              </Flex>
            )}
          </div>
        );
      })}
    </Flex>
  );
}

export interface PatrolFormDrawerProps {
  open: boolean;
  grid: PatrolGrid | null;
  onClose: () => void;
  onSaved: (patrol: { id: string }) => void;
}

/** Recording a patrol on the phone: times default to the last hour, the grid's objects to tick, findings. */
export function PatrolFormDrawer({ open, grid, onClose, onSaved }: PatrolFormDrawerProps) {
  const { t } = useTranslation(GRID_PATROL_NS);
  const trpc = useTRPC();
  const create = useMutation(trpc.patrols.create.mutationOptions());
  const now = dayjs().second(0);
  const { control, drawer } = useDrawerForm({
    schema: patrolCreateSchema,
    open,
    values: { gridId: grid?.id ?? '', startedAt: now.subtract(1, 'hour').format('YYYY-MM-DDTHH:mm:ssZ'), endedAt: now.format('YYYY-MM-DDTHH:mm:ssZ'), findings: '', visits: [] },
    create: create.mutateAsync,
    onSaved,
    savedMessage: t('mine.saved'),
  });
  if (!grid) return null;
  return (
    <FormDrawer open={open} {...drawer} onClose={onClose} title={t('mine.form', { grid: grid.name })} width={Math.min(560, window.innerWidth)} testId="patrol-form" submitLabel={t('mine.submit')} keepOnMaskClick>
      <Flex gap={8} wrap>
        <div style={{ flex: '1 1 160px' }}>
          <FormField control={control} name="startedAt" label={t('mine.started')} required render={(field) => <Input type="datetime-local" id={field.id} value={toLocal(field.value)} onChange={(e) => field.onChange(fromLocal(e.target.value))} data-testid="patrol-started" />} />
        </div>
        <div style={{ flex: '1 1 160px' }}>
          <FormField control={control} name="endedAt" label={t('mine.ended')} required render={(field) => <Input type="datetime-local" id={field.id} value={toLocal(field.value)} onChange={(e) => field.onChange(fromLocal(e.target.value))} data-testid="patrol-ended" />} />
        </div>
      </Flex>
      <FormField control={control} name="findings" label={t('mine.findings')} render={(field) => <Input.TextArea {...field} value={field.value ?? ''} rows={3} maxLength={4000} placeholder={t('mine.findingsPlaceholder')} data-testid="patrol-findings" />} />
      <FormField control={control} name="visits" label={t('mine.visited')} render={(field) => <VisitsEditor grid={grid} value={field.value} onChange={field.onChange} />} />
    </FormDrawer>
  );
}
