import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Drawer, Empty, Flex, List, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../errors/ErrorAlert';

export type RecordSide = 'numerator' | 'denominator';
export interface RecordCursor {
  day: string | null;
  key: string;
}
export interface RecordPage {
  items: ReadonlyArray<{ key: string; day: string | null; label: string }>;
  nextCursor: RecordCursor | null;
  total: number;
}

export interface RecordDrawerProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** The indicator's "how is this computed" lines. */
  explanation: readonly string[];
  /** The sides the figure has: a count has only its numerator. */
  sides: readonly RecordSide[];
  /** The counts of each side the figure was computed from, shown on the tabs until the records load. */
  counts: Partial<Record<RecordSide, number | null>>;
  /** One keyset page of a side's records, after the cursor. */
  loadPage: (side: RecordSide, cursor: RecordCursor | null) => Promise<RecordPage>;
  /** Changes whenever the figure does: the lists start again. */
  figureKey: string;
}

interface SideState {
  items: RecordPage['items'];
  cursor: RecordCursor | null;
  total: number | null;
  loading: boolean;
  error: unknown;
  done: boolean;
}

/** One side's records, a page at a time ("加载更多"). */
function RecordList({ side, loadPage, onTotal }: { side: RecordSide; loadPage: RecordDrawerProps['loadPage']; onTotal: (total: number) => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<SideState>({ items: [], cursor: null, total: null, loading: false, error: null, done: false });
  // The caller's functions may change identity on every render; the list loads once per figure (it is keyed by it).
  const calls = useRef({ loadPage, onTotal });
  calls.current = { loadPage, onTotal };
  const load = useCallback(
    async (cursor: RecordCursor | null) => {
      setState((s) => ({ ...s, loading: true, error: null }));
      try {
        const page = await calls.current.loadPage(side, cursor);
        calls.current.onTotal(page.total);
        setState((s) => ({ items: cursor ? [...s.items, ...page.items] : page.items, cursor: page.nextCursor, total: page.total, loading: false, error: null, done: page.nextCursor === null }));
      } catch (error) {
        setState((s) => ({ ...s, loading: false, error }));
      }
    },
    [side],
  );
  useEffect(() => {
    void load(null);
  }, [load]);

  return (
    <Flex vertical gap={8} data-testid={`records-${side}`}>
      {state.error ? <ErrorAlert error={state.error} onRetry={() => void load(state.cursor)} /> : null}
      <List
        size="small"
        bordered
        loading={state.loading && state.items.length === 0}
        dataSource={state.items as Array<RecordPage['items'][number]>}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('indicators.drill.empty')} /> }}
        renderItem={(item) => (
          <List.Item data-testid="record-row">
            <Flex gap={12} style={{ width: '100%' }}>
              <Typography.Text type="secondary" style={{ width: 92, flex: 'none', fontVariantNumeric: 'tabular-nums' }}>
                {item.day ?? t('indicators.drill.noDay')}
              </Typography.Text>
              <Typography.Text>{item.label}</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" data-testid="records-shown">
          {state.total !== null ? t('indicators.drill.shown', { shown: state.items.length, total: state.total }) : null}
        </Typography.Text>
        {!state.done && state.items.length > 0 && (
          <Button onClick={() => void load(state.cursor)} loading={state.loading} data-testid="records-more">
            {t('indicators.drill.loadMore')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}

/** The records behind one figure: its numerator's and its denominator's, with how the figure is computed. */
export function RecordDrawer({ open, onClose, title, explanation, sides, counts, loadPage, figureKey }: RecordDrawerProps) {
  const { t } = useTranslation();
  const [totals, setTotals] = useState<Partial<Record<RecordSide, number>>>({});
  useEffect(() => setTotals({}), [figureKey]);
  const onTotal = useMemo(() => {
    const of = (side: RecordSide) => (total: number) => setTotals((s) => (s[side] === total ? s : { ...s, [side]: total }));
    return { numerator: of('numerator'), denominator: of('denominator') };
  }, []);
  return (
    <Drawer open={open} onClose={onClose} title={title} size="large" destroyOnHidden data-testid="record-drawer">
      <Flex vertical gap={16}>
        <div data-testid="indicator-explanation">
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('indicators.how')}
          </Typography.Title>
          {explanation.map((line) => (
            <Typography.Paragraph key={line} type="secondary" style={{ marginBottom: 4 }}>
              {line}
            </Typography.Paragraph>
          ))}
        </div>
        <Tabs
          key={figureKey}
          items={sides.map((side) => ({
            key: side,
            label: t(`indicators.drill.${side}`, { total: totals[side] ?? counts[side] ?? '…' }),
            children: <RecordList key={`${figureKey}:${side}`} side={side} loadPage={loadPage} onTotal={onTotal[side]} />,
          }))}
        />
      </Flex>
    </Drawer>
  );
}
