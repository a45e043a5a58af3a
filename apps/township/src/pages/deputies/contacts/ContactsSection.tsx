import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Row, Space, Spin, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import { DEPUTY_LEVEL_LABELS, PRESIDIUM_ROLE_LABELS, RECEPTION_HANDLING_LABELS } from '@pcs/domain';
import { type DataColumn, DataTable, describeError, ErrorAlert, useLanguage, useLocalList } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC } from '../../../api/trpc';
import type { RouterOutputs } from '../../../api/types';
import { useSession } from '../../../session/SessionContext';
import { OwnerAttachments } from '@pcs/work-ui';
import { DetailFallback, EditDeleteButtons, YearTabsPage } from '../common/sectionParts';
import { DNS } from '../../../i18n/deputies';
import type { ReceptionDay } from '../common/types';
import { ReceptionFormDrawer } from './ReceptionFormDrawer';

type Shortfalls = RouterOutputs['deputyContacts']['shortfalls'];
type CitizenShort = Shortfalls['citizens'][number];
type MemberRow = Shortfalls['presidiumMembers'][number];

/** /deputy-contacts: quotas and shortfalls, reception days, one reception day. */
export function ContactsSection() {
  return (
    <Routes>
      <Route index element={<ContactsPage />} />
      <Route path="receptions/:id" element={<ReceptionDetailPage />} />
    </Routes>
  );
}

function ContactsPage() {
  const { t } = useTranslation(DNS);
  return (
    <YearTabsPage
      title={t('contacts.title')}
      tabs={(year) => [
        { key: 'shortfalls', label: t('contacts.shortfallsTab'), children: <ShortfallsView year={year} /> },
        { key: 'receptions', label: t('contacts.receptionsTab'), children: <ReceptionsTable year={year} /> },
      ]}
    />
  );
}

function ShortfallsView({ year }: { year: number }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const data = useQuery(trpc.deputyContacts.shortfalls.queryOptions({ year }));
  const citizens = useLocalList<CitizenShort>(data.data?.citizens, {
    initialQuery: { sortBy: 'contacts' },
    searchText: (c) => `${c.name} ${c.groupName ?? ''}`,
    sortValue: (c, key) => (key === 'name' ? c.name : key === 'groupName' ? c.groupName : key === 'contacts' ? c.contacts : c.quota - c.contacts),
  });
  const members = useLocalList<MemberRow>(data.data?.presidiumMembers, { initialQuery: { sortBy: 'contacts' }, searchText: (m) => m.name, sortValue: (m, key) => (key === 'name' ? m.name : m.contacts) });
  if (data.isPending) return <Spin />;
  if (data.error) return <ErrorAlert error={data.error} onRetry={() => void data.refetch()} />;
  const s = data.data;
  const citizenColumn = createColumnHelper<CitizenShort>();
  const memberColumn = createColumnHelper<MemberRow>();
  return (
    <Flex vertical gap={16} data-testid="contact-shortfalls">
      <Alert type="info" showIcon title={t(s.rules.memberMin === null ? 'contacts.rulesWithoutPresidium' : 'contacts.rules', { ...s.rules, frequency: t(`contacts.frequency.${s.rules.frequency}`) })} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('contacts.citizensTitle', { count: s.citizens.length, serving: s.servingCount })}>
            <DataTable<CitizenShort>
              testId="citizen-shortfalls"
              caption={t('contacts.citizensCaption')}
              columns={[
                citizenColumn.accessor('name', { header: t('contacts.columns.name'), enableSorting: true, cell: ({ row: { original: c } }) => <Link to={`/deputies/${c.id}`}>{c.name}</Link> }),
                citizenColumn.accessor('groupName', { header: t('contacts.columns.group'), enableSorting: true, cell: ({ row: { original: c } }) => c.groupName ?? '—' }),
                citizenColumn.accessor('levels', { header: t('contacts.columns.levels'), cell: ({ row: { original: c } }) => c.levels.map((l) => pick(DEPUTY_LEVEL_LABELS[l]).replace(/人大代表$/, '')).join('、'), meta: { exportValue: (c) => c.levels.map((l) => pick(DEPUTY_LEVEL_LABELS[l])).join('、') } }),
                citizenColumn.accessor('contacts', { header: t('contacts.columns.contacts'), enableSorting: true, meta: { align: 'right' } }),
                citizenColumn.accessor('quota', { header: t('contacts.columns.quota'), meta: { align: 'right' } }),
                citizenColumn.accessor((c) => c.quota - c.contacts, { id: 'short', header: t('contacts.columns.short'), enableSorting: true, cell: ({ row: { original: c } }) => <Tag color="red">{c.quota - c.contacts}</Tag>, meta: { align: 'right', exportValue: (c) => c.quota - c.contacts } }),
              ]}
              {...citizens}
              getRowId={(c) => c.id}
              exportFileName={`${t('contacts.citizensExport')}${year}`}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            {/* A sub-district has no presidium: the members' contact rule does not apply there. */}
            {s.rules.memberMin !== null && (
            <Card size="small" title={t('contacts.membersTitle')}>
              <DataTable<MemberRow>
                testId="member-contacts"
                caption={t('contacts.membersCaption')}
                searchable={false}
                columns={[
                  memberColumn.accessor('name', { header: t('contacts.columns.name'), enableSorting: true, cell: ({ row: { original: m } }) => <Link to={`/deputies/${m.id}`}>{m.name}</Link> }),
                  memberColumn.accessor('presidiumRole', { header: t('contacts.columns.role'), cell: ({ row: { original: m } }) => (m.presidiumRole ? pick(PRESIDIUM_ROLE_LABELS[m.presidiumRole]) : ''), meta: { exportValue: (m) => (m.presidiumRole ? pick(PRESIDIUM_ROLE_LABELS[m.presidiumRole]) : '') } }),
                  memberColumn.accessor('contacts', { header: t('contacts.columns.contacts'), enableSorting: true, cell: ({ row: { original: m } }) => `${m.contacts} / ${m.quota ?? '—'}`, meta: { align: 'right', exportValue: (m) => m.contacts } }),
                  memberColumn.display({ id: 'state', header: t('contacts.columns.state'), cell: ({ row: { original: m } }) => (m.contacts >= (m.quota ?? 0) ? <Tag color="green">{t('contacts.met')}</Tag> : <Tag color="red">{t('contacts.short')}</Tag>), meta: { exportValue: (m) => (m.contacts >= (m.quota ?? 0) ? t('contacts.met') : t('contacts.short')) } }),
                ]}
                {...members}
                getRowId={(m) => m.id}
                exportFileName={`${t('contacts.membersExport')}${year}`}
              />
            </Card>
            )}
            <Card size="small" title={t('contacts.gapsTitle')} data-testid="reception-gaps">
              {s.receptionGaps.length === 0 ? (
                <Typography.Text type="success">{t('contacts.gapsNone', { held: s.receptionsHeld })}</Typography.Text>
              ) : (
                <Space wrap>
                  <span>{t('contacts.gapsSome', { held: s.receptionsHeld })}</span>
                  {s.receptionGaps.map((g) => (
                    <Tag key={g} color="red">
                      {g}
                    </Tag>
                  ))}
                </Space>
              )}
            </Card>
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

function ReceptionsTable({ year }: { year: number }) {
  const { t } = useTranslation(DNS);
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { table } = useServerList(trpc.receptions.list, { initialQuery: { sortBy: 'date', sortDirection: 'desc' }, filters: { year } });
  const column = createColumnHelper<ReceptionDay>();
  const columns: Array<DataColumn<ReceptionDay>> = [
    column.accessor('date', { header: t('contacts.receptionColumns.date'), enableSorting: true, cell: ({ row: { original: r } }) => <Link to={`/deputy-contacts/receptions/${r.id}`}>{r.date}</Link>, meta: { nowrap: true, exportValue: (r) => r.date } }),
    column.accessor('place', { header: t('contacts.receptionColumns.place'), cell: ({ row: { original: r } }) => r.place ?? r.stationName ?? '—' }),
    column.accessor((r) => r.deputies.map((d) => d.name).join('、'), { id: 'deputies', header: t('contacts.receptionColumns.deputies') }),
    column.accessor('visitCount', { header: t('contacts.receptionColumns.visits'), enableSorting: true, meta: { align: 'right' } }),
    column.accessor('note', { header: t('contacts.receptionColumns.note'), cell: ({ row: { original: r } }) => r.note ?? '' }),
  ];
  return (
    <>
      <DataTable<ReceptionDay>
        {...table}
        testId="receptions-table"
        caption={t('contacts.receptionCaption')}
        columns={columns}
        getRowId={(r) => r.id}
        searchPlaceholder={t('contacts.receptionSearch')}
        exportFileName={`${t('contacts.receptionExport')}${year}`}
        toolbar={can('deputies.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="reception-create">{t('contacts.newReception')}</Button>}
      />
      <ReceptionFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(r) => {
          setCreating(false);
          void queryClient.invalidateQueries(trpc.receptions.pathFilter());
          void queryClient.invalidateQueries(trpc.deputyContacts.pathFilter());
          navigate(`/deputy-contacts/receptions/${r.id}`);
        }}
      />
    </>
  );
}

function ReceptionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const writable = can('deputies.write');
  const reception = useQuery(trpc.receptions.get.queryOptions({ id }));
  const [editing, setEditing] = useState(false);
  const refresh = () => Promise.all([queryClient.invalidateQueries(trpc.receptions.pathFilter()), queryClient.invalidateQueries(trpc.deputyContacts.pathFilter())]);
  const remove = useMutation(
    trpc.receptions.delete.mutationOptions({
      onSuccess: () => {
        void refresh();
        navigate('/deputy-contacts?tab=receptions');
      },
      onError: (e) => {
        const i = describeError(e);
        void message.error(i.messages ? pick(i.messages) : '');
      },
    }),
  );
  if (reception.isPending || reception.error) return <DetailFallback query={reception} />;
  const r = reception.data;
  return (
    <Flex vertical gap={16} data-testid="reception-detail">
      <Flex justify="space-between" align="center">
        <Space>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(`/deputy-contacts?tab=receptions&year=${r.date.slice(0, 4)}`)} aria-label={t('common.back')} />
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
            {t('contacts.receptionsTab')} · {r.date}
          </Typography.Title>
        </Space>
        {writable && <EditDeleteButtons name={r.date} onEdit={() => setEditing(true)} onDelete={() => remove.mutate({ id: r.id })} />}
      </Flex>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            { label: t('contacts.receptionColumns.place'), children: r.place ?? r.stationName ?? '—' },
            { label: t('contacts.receptionColumns.deputies'), children: r.deputies.map((d) => <Link key={d.id} to={`/deputies/${d.id}`} style={{ marginRight: 8 }}>{d.name}</Link>) },
            { label: t('contacts.receptionColumns.note'), children: r.note ?? '—' },
          ]}
        />
      </Card>
      <Card size="small" title={`${t('contacts.visitsTitle')}（${r.visits.length}）`}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={r.visits}
          locale={{ emptyText: t('common.none') }}
          columns={[
            { title: t('contacts.visitColumns.visitorName'), dataIndex: 'visitorName', render: (_, v) => (v.visitorCount > 1 ? `${v.visitorName}（${v.visitorCount}）` : v.visitorName) },
            { title: t('contacts.visitColumns.address'), dataIndex: 'address' },
            { title: t('contacts.visitColumns.issue'), dataIndex: 'issue' },
            { title: t('contacts.visitColumns.handling'), dataIndex: 'handling', render: (_, v) => <Tag>{pick(RECEPTION_HANDLING_LABELS[v.handling])}</Tag> },
            { title: t('contacts.visitColumns.followUp'), dataIndex: 'followUp' },
          ]}
        />
      </Card>
      <Card size="small" title={t('common.attachments')}>
        <OwnerAttachments ownerKind="reception" ownerId={r.id} writable={writable} />
      </Card>
      <ReceptionFormDrawer
        open={editing}
        reception={r}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          void refresh();
        }}
      />
    </Flex>
  );
}
