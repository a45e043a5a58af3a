import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Collapse, Drawer, Empty, Flex, List, Space, Spin, Tag, Typography } from 'antd';
import { CameraOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { GRID_MEMBER_ROLE_LABELS, LEDGER_OBJECT_KIND_LABELS, RISK_LEVEL_LABELS } from '@pcs/domain';
import { ErrorAlert, PageHeader, useFormatInstant, useLanguage } from '@pcs/ui';
import { OwnerAttachments } from '@pcs/work-ui';
import { useTRPC } from '../../api/trpc';
import { GRID_NS } from '../../i18n/grid';
import { CoverageTag } from './CoverageTag';
import { PatrolFormDrawer, type PatrolGrid } from './PatrolFormDrawer';

/**
 * 我的网格, phone first: the worker's grids with this week's and month's coverage, the ledger
 * objects to check, "record a patrol" and then the site photos from the phone's camera.
 */
export function MyGridsPage() {
  const { t } = useTranslation(GRID_NS);
  const { pick } = useLanguage();
  const formatInstant = useFormatInstant();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = useQuery(trpc.grids.mine.queryOptions());
  const recent = useQuery(trpc.patrols.list.queryOptions({ mine: true, page: 1, pageSize: 10, sortBy: 'startedAt', sortDirection: 'desc' }));
  const [recording, setRecording] = useState<PatrolGrid | null>(null);
  const [photosFor, setPhotosFor] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries(trpc.patrols.pathFilter()).then(() => queryClient.invalidateQueries(trpc.grids.mine.queryFilter()));

  return (
    <Flex vertical gap={12} data-testid="my-grids-page" style={{ maxWidth: 720 }}>
      <PageHeader title={t('mine.title')} />
      <Typography.Text type="secondary">{t('mine.intro')}</Typography.Text>
      {mine.error && <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />}
      {mine.isLoading && <Spin />}
      {mine.data && mine.data.grids.length === 0 && <Alert type="info" showIcon message={t('mine.none')} data-testid="my-grids-none" />}
      {mine.data?.grids.map((grid) => (
        <Card
          key={grid.id}
          size="small"
          data-testid={`my-grid-${grid.id}`}
          title={<span style={{ whiteSpace: 'normal' }}>{grid.name}</span>}
          extra={<Tag color="geekblue">{pick(GRID_MEMBER_ROLE_LABELS[grid.role])}</Tag>}
        >
          <Flex vertical gap={10}>
            <Flex gap={6} wrap>
              <CoverageTag coverage={grid.week} label={t('coverage.week')} testId={`my-grid-week-${grid.id}`} />
              <CoverageTag coverage={grid.month} label={t('coverage.month')} />
            </Flex>
            {grid.areaDescription && (
              <Typography.Text type="secondary">
                <EnvironmentOutlined /> {grid.areaDescription}
              </Typography.Text>
            )}
            <Button type="primary" size="large" block icon={<CameraOutlined />} onClick={() => setRecording(grid)} data-testid={`my-grid-record-${grid.id}`}>
              {t('mine.record')}
            </Button>
            <Collapse
              size="small"
              items={[
                {
                  key: 'objects',
                  label: t('mine.objects', { count: grid.ledgerObjects.length }),
                  children: (
                    <List
                      size="small"
                      dataSource={grid.ledgerObjects}
                      renderItem={(o) => (
                        <List.Item>
                          <List.Item.Meta
                            title={<span style={{ wordBreak: 'break-all' }}>{o.name}</span>}
                            description={
                              <Space wrap size={4}>
                                <Tag>{pick(LEDGER_OBJECT_KIND_LABELS[o.kind])}</Tag>
                                <Tag color={o.riskLevel === 'high' ? 'red' : o.riskLevel === 'medium' ? 'orange' : 'green'}>{pick(RISK_LEVEL_LABELS[o.riskLevel])}</Tag>
                                <span>{o.address}</span>
                              </Space>
                            }
                          />
                        </List.Item>
                      )}
                    />
                  ),
                },
              ]}
            />
          </Flex>
        </Card>
      ))}
      <Card size="small" title={t('mine.recent')} data-testid="my-patrols">
        {recent.data && recent.data.items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <List
            size="small"
            loading={recent.isLoading}
            dataSource={recent.data?.items ?? []}
            renderItem={(p) => (
              <List.Item
                data-testid="my-patrol"
                actions={[
                  <Button key="photos" size="small" icon={<CameraOutlined />} onClick={() => setPhotosFor(p.id)} data-testid={`my-patrol-photos-${p.id}`}>
                    {p.photoCount}
                  </Button>,
                ]}
              >
                <List.Item.Meta title={`${formatInstant(p.startedAt)} · ${p.gridName}`} description={p.findings ?? ''} />
              </List.Item>
            )}
          />
        )}
      </Card>
      <PatrolFormDrawer
        open={recording !== null}
        grid={recording}
        onClose={() => setRecording(null)}
        onSaved={(patrol) => {
          setRecording(null);
          setPhotosFor(patrol.id);
          refresh();
        }}
      />
      <Drawer
        open={photosFor !== null}
        onClose={() => {
          setPhotosFor(null);
          refresh();
        }}
        title={t('mine.photos')}
        size={Math.min(560, window.innerWidth)}
        destroyOnHidden
        data-testid="patrol-photos"
        extra={
          <Button
            type="primary"
            onClick={() => {
              setPhotosFor(null);
              refresh();
            }}
            data-testid="patrol-photos-done"
          >
            {t('mine.done')}
          </Button>
        }
      >
        {photosFor && <OwnerAttachments ownerKind="patrol" ownerId={photosFor} writable />}
      </Drawer>
    </Flex>
  );
}
