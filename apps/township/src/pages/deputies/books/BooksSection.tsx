import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Empty, Flex, Row, Space, Spin, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, PrinterOutlined, ReadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useNavigate, useParams } from 'react-router-dom';
import { CONGRESS_BOOK_PERMISSIONS, CONGRESS_BOOKS, congressBookText, type CongressBook, type Permission } from '@pcs/domain';
import { countyToday, ErrorAlert, useLanguage } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../../../api/trpc';
import { useSession } from '../../../session/SessionContext';
import { useCongressWording } from '../../../session/useCongressWording';
import { Forbidden } from '../../Forbidden';
import { DNS } from '../../../i18n/deputies';
import { useYear, YearSelect } from '../common/YearSelect';
import { downloadBooks } from './bookExcel';

/** /congress-books: the seven books of a year, and one book laid out for printing. */
export function BooksSection() {
  return (
    <Routes>
      <Route index element={<BooksIndex />} />
      <Route path=":book" element={<BookPage />} />
    </Routes>
  );
}

/** A book shows other areas' rows (petitions, suggestions): only for those who may read them all. */
const mayRead = (book: CongressBook, can: (permission: Permission) => boolean) => CONGRESS_BOOK_PERMISSIONS[book].every(can);

function BooksIndex() {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const { tenant, can } = useSession();
  const wording = useCongressWording();
  const readable = CONGRESS_BOOKS.filter((book) => mayRead(book, can));
  const client = useTRPCClient();
  const navigate = useNavigate();
  const [year, setYear] = useYear();
  const [busy, setBusy] = useState<string | null>(null);
  const exportBooks = async (books: readonly CongressBook[], key: string) => {
    setBusy(key);
    try {
      const data = await Promise.all(books.map((book) => client.congressBooks.get.query({ book, year })));
      await downloadBooks(data, books.length === 1 ? `${tenant.name}${year}${pick(wording.bookLabels[books[0]!])}` : t('books.allFile', { tenant: tenant.name, owner: pick(wording.owner), year }), pick);
    } catch (error) {
      console.error(error);
      void message.error(t('common:table.exportFailed'));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('books.title')}
        </Typography.Title>
        <Space>
          <Button icon={<DownloadOutlined />} loading={busy === 'all'} onClick={() => void exportBooks(readable, 'all')} data-testid="books-export-all">
            {t('books.exportAll')}
          </Button>
          <YearSelect value={year} onChange={setYear} />
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('books.intro')}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {readable.map((book) => (
          <Col key={book} xs={24} md={12} xl={8}>
            <Card
              size="small"
              title={`${CONGRESS_BOOKS.indexOf(book) + 1}. ${pick(wording.bookLabels[book])}`}
              data-testid={`book-${book}`}
              actions={[
                <Button key="open" type="link" icon={<ReadOutlined />} onClick={() => navigate(`/congress-books/${book}?year=${year}`)} data-testid={`book-open-${book}`}>
                  {t('books.open')}
                </Button>,
                <Button key="xlsx" type="link" icon={<DownloadOutlined />} loading={busy === book} onClick={() => void exportBooks([book], book)}>
                  {t('books.exportOne')}
                </Button>,
              ]}
            >
              <Typography.Text type="secondary">{t(`books.describe.${book}`, { meeting: pick(wording.bodyMeeting) })}</Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}

/** Hides the app frame on paper and sets the page: landscape A4, tables that break cleanly. */
const PRINT_CSS = `
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .ant-layout, .ant-layout-content, main { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  .book-sheet { box-shadow: none !important; padding: 0 !important; }
  .book-table tr { page-break-inside: avoid; }
  .book-section { page-break-inside: auto; }
}
.book-table { width: 100%; border-collapse: collapse; font-size: 12px; }
.book-table th, .book-table td { border: 1px solid #555; padding: 4px 6px; vertical-align: top; white-space: pre-wrap; }
.book-table th { background: #f2f2f2; font-weight: 600; }
`;

function BookPage() {
  const { book = 'roster' } = useParams();
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const navigate = useNavigate();
  const trpc = useTRPC();
  const [year, setYear] = useYear();
  const { can } = useSession();
  const wording = useCongressWording();
  const known = (CONGRESS_BOOKS as readonly string[]).includes(book) ? (book as CongressBook) : 'roster';
  const allowed = mayRead(known, can);
  const data = useQuery({ ...trpc.congressBooks.get.queryOptions({ book: known, year }), enabled: allowed });
  const bookName = pick(wording.bookLabels[known]);
  const totalWidth = (data.data?.columns ?? []).reduce((sum, c) => sum + (c.width ?? 1), 0) || 1;
  if (!allowed) return <Forbidden />;
  return (
    <Flex vertical gap={12}>
      <style>{PRINT_CSS}</style>
      <Flex justify="space-between" align="center" className="no-print" wrap gap={8}>
        <Space>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(`/congress-books?year=${year}`)} aria-label={t('common.back')} />
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
            {bookName}
          </Typography.Title>
        </Space>
        <Space>
          <YearSelect value={year} onChange={setYear} />
          <Button icon={<DownloadOutlined />} disabled={!data.data} onClick={() => data.data && void downloadBooks([data.data], `${data.data.tenantName}${year}${bookName}`, pick)} data-testid="book-export">
            {t('books.exportOne')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="book-print">
            {t('common.print')}
          </Button>
        </Space>
      </Flex>
      {data.isPending ? (
        <Spin />
      ) : data.error ? (
        <ErrorAlert error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <div className="book-sheet" style={{ background: '#fff', padding: 24, boxShadow: '0 1px 4px rgba(0,0,0,0.12)' }} data-testid="book-sheet">
          <h1 style={{ textAlign: 'center', fontSize: 20, margin: '0 0 4px' }}>{t('books.bookTitle', { tenant: data.data.tenantName, owner: pick(data.data.owner), year, book: pick(data.data.title) })}</h1>
          <p style={{ textAlign: 'right', fontSize: 12, color: '#666', margin: '0 0 12px' }}>{t('books.printedOn', { date: countyToday() })}</p>
          {data.data.note && <Alert type="info" showIcon title={pick(data.data.note)} style={{ marginBottom: 12 }} data-testid="book-note" />}
          {data.data.sections.map((section, i) => (
            <section key={i} className="book-section" style={{ marginBottom: 18 }}>
              {section.title && (
                <h2 style={{ fontSize: 15, margin: '8px 0 6px' }}>
                  {pick(section.title)}
                </h2>
              )}
              {section.rows.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('books.empty')} />
              ) : (
                <table className="book-table">
                  <colgroup>
                    {data.data.columns.map((c) => (
                      <col key={c.key} style={{ width: `${((c.width ?? 1) / totalWidth) * 100}%` }} />
                    ))}
                  </colgroup>
                  <thead>
                    <tr>
                      {data.data.columns.map((c) => (
                        <th key={c.key} scope="col">
                          {pick(c)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {section.rows.map((row, r) => (
                      <tr key={r} data-testid="book-row">
                        {data.data.columns.map((c) => (
                          <td key={c.key}>{congressBookText(row[c.key] ?? null, pick)}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ))}
        </div>
      )}
    </Flex>
  );
}
