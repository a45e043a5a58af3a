import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Spin, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert, formatChange, formatIndicatorValue, useFormatInstant, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { DASHBOARD_NS } from '../../i18n/dashboard';
import { useSession } from '../../session/SessionContext';
import { Freshness } from '@pcs/work-ui';
import { byRank } from './OverviewPage';
import { periodSearch, useDashboardPeriod } from './period';

/**
 * On paper only the report: the app's menu and header are hidden, each section starts on its own
 * page, and tables keep their header on every page.
 */
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 16mm; }
  .ant-layout-sider, .ant-layout-header, .print-hide { display: none !important; }
  .ant-layout, .ant-layout-content { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  .print-section { break-before: page; }
  .print-report table { page-break-inside: auto; }
  .print-report tr { break-inside: avoid; }
  .print-report thead { display: table-header-group; }
}
.print-report table { border-collapse: collapse; width: 100%; font-size: 13px; }
.print-report th, .print-report td { border: 1px solid #d9d9d9; padding: 4px 8px; text-align: left; }
.print-report td.num { text-align: right; font-variant-numeric: tabular-nums; }
.print-report th { background: #fafafa; }
.print-cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; align-items: center; gap: 16px; text-align: center; }
`;

/** "打印报告": cover, county summary, ranking table and the indicators' definitions, laid out for window.print(). */
export function PrintReportPage() {
  const { t } = useTranslation(DASHBOARD_NS);
  const { t: tc } = useTranslation();
  const { pick, language } = useLanguage();
  const { me } = useSession();
  const formatInstant = useFormatInstant();
  const trpc = useTRPC();
  const [period] = useDashboardPeriod();
  const overview = useQuery(trpc.dashboard.overview.queryOptions({ period }));
  const data = overview.data;
  const townships = [...(data?.townships ?? [])].sort(byRank);
  const name = (i: { nameZh: string; nameEn: string }) => pick({ zh: i.nameZh, en: i.nameEn });

  return (
    <div className="print-report" data-testid="print-report">
      <style>{PRINT_CSS}</style>
      <Flex gap={8} className="print-hide" style={{ marginBottom: 16 }}>
        <Link to={`/dashboard?${periodSearch(period)}`}>
          <Button icon={<ArrowLeftOutlined />}>{t('back')}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!data} data-testid="print-now">
          {t('printNow')}
        </Button>
      </Flex>
      {overview.error ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
      {overview.isPending ? <Spin /> : null}
      {data ? (
        <>
          <section className="print-cover" data-testid="print-cover">
            <Typography.Title level={1} style={{ fontSize: 28 }}>
              {t('reportTitle', { county: me.county.name })}
            </Typography.Title>
            <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
              {pick(data.periodLabel)}
            </Typography.Title>
            <Typography.Text>{t('reportRange', { start: data.range.start, end: data.range.end })}</Typography.Text>
            <Freshness freshness={data.freshness} />
            <Typography.Text type="secondary">{t('reportPrinted', { time: formatInstant(new Date()) })}</Typography.Text>
          </section>

          <section className="print-section" data-testid="print-summary">
            <Typography.Title level={3}>{t('reportSummary')}</Typography.Title>
            <table>
              <thead>
                <tr>
                  <th>{t('columns.indicator')}</th>
                  <th>{t('columns.countyValue')}</th>
                  <th>{t('columns.counts')}</th>
                  <th>{t('columns.previous')}</th>
                  <th>{t('columns.change')}</th>
                </tr>
              </thead>
              <tbody>
                {data.indicators.map((i) => {
                  const value = i.countyTotal.value;
                  const previous = i.previousCountyTotal.value;
                  return (
                    <tr key={i.id}>
                      <td>{name(i)}</td>
                      <td className="num">{formatIndicatorValue(value, i.unit)}</td>
                      <td className="num">{i.hasDenominator ? `${i.countyTotal.numerator} / ${i.countyTotal.denominator ?? 0}` : i.countyTotal.numerator}</td>
                      <td className="num">{formatIndicatorValue(previous, i.unit)}</td>
                      <td className="num">{value !== null && previous !== null ? formatChange(value - previous, i.unit) : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>

          <section className="print-section" data-testid="print-ranking">
            <Typography.Title level={3}>{t('reportRanking')}</Typography.Title>
            <table>
              <thead>
                <tr>
                  <th>{t('columns.rank')}</th>
                  <th>{t('columns.township')}</th>
                  <th>{t('columns.composite')}</th>
                  <th>{t('columns.rankChange')}</th>
                  <th>{t('columns.targetsMet')}</th>
                </tr>
              </thead>
              <tbody>
                {townships.map((tw) => {
                  const judged = tw.cells.filter((c) => c.meetsTarget !== null);
                  const rankChange = tw.composite?.rankChange ?? null;
                  return (
                    <tr key={tw.id}>
                      <td className="num">{tw.composite?.rank ?? '—'}</td>
                      <td>
                        {tw.name}
                        {tw.suspended ? `（${t('suspended')}）` : ''}
                      </td>
                      <td className="num">{tw.composite?.index?.toFixed(2) ?? '—'}</td>
                      <td className="num">{rankChange === null ? '—' : rankChange > 0 ? `↑${rankChange}` : rankChange < 0 ? `↓${-rankChange}` : '—'}</td>
                      <td className="num">{`${judged.filter((c) => c.meetsTarget).length} / ${judged.length}`}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {pick(data.rules.normalisation)} {pick(data.rules.missing)} {pick(data.rules.ties)}
            </Typography.Paragraph>
          </section>

          <section className="print-section" data-testid="print-definitions">
            <Typography.Title level={3}>{t('reportDefinitions')}</Typography.Title>
            {data.indicators.map((i) => (
              <div key={i.id} style={{ breakInside: 'avoid', marginBottom: 12 }}>
                <Typography.Text strong>
                  {name(i)}
                  {' · '}
                  {t('weight', { weight: i.weight })}
                  {' · '}
                  {tc('indicators.target', { target: i.settingTarget === null ? (i.targetFromRule ? t('targetFromRule') : tc('indicators.notConfigured')) : formatIndicatorValue(i.settingTarget, i.unit) })}
                </Typography.Text>
                {(language === 'en' ? i.explanation.en : i.explanation.zh).map((line) => (
                  <Typography.Paragraph key={line} style={{ margin: 0 }}>
                    {line}
                  </Typography.Paragraph>
                ))}
              </div>
            ))}
          </section>
        </>
      ) : null}
    </div>
  );
}
