import { createColumnHelper } from '@tanstack/react-table';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS, ROLES, ROLE_INFO, ROLE_PERMISSIONS, type Permission, type Role } from '@pcs/domain';
import { DataTable, useLanguage, useRoleName, type DataColumn, useLocalList } from '@pcs/ui';
import { PROVISIONING_NS } from '../../i18n/provisioning';

interface PermissionRow {
  permission: Permission;
  text: string;
}

const column = createColumnHelper<PermissionRow>();
const SCOPE_COLORS = { platform: 'magenta', county: 'blue', township: 'green' } as const;

/** The permission matrix in plain words: what each role may do, and who may grant which role. */
export function PermissionsPage() {
  const { t } = useTranslation(PROVISIONING_NS);
  const { pick } = useLanguage();
  const roleName = useRoleName();
  const rows: PermissionRow[] = (Object.keys(PERMISSIONS) as Permission[]).map((permission) => ({ permission, text: pick(PERMISSIONS[permission]) }));
  const list = useLocalList(rows, { initialQuery: { pageSize: 100 }, searchText: (r) => `${r.text} ${r.permission}`, sortValue: (r) => r.text });
  const grants = (role: Role, permission: Permission) => ROLE_PERMISSIONS[role].includes(permission);

  const columns: Array<DataColumn<PermissionRow>> = [
    column.accessor('text', {
      header: t('permissions.columns.permission'),
      // Wide enough to read as a phrase; the role columns give way instead.
      cell: (c) => (
        <Typography.Text strong style={{ display: 'inline-block', minWidth: 200 }}>
          {c.getValue()}
        </Typography.Text>
      ),
    }),
    ...ROLES.map((role) =>
      column.accessor((r) => grants(role, r.permission), {
        id: role,
        // Long role names wrap in the header rather than pushing the table wide.
        header: () => <span style={{ whiteSpace: 'normal', display: 'inline-block', maxWidth: 120 }}>{roleName(role)}</span>,
        cell: (c) =>
          c.getValue() ? (
            <CheckOutlined style={{ color: '#389e0d' }} aria-label={t('permissions.yes')} data-testid={`grant-${role}-${c.row.original.permission}`} />
          ) : (
            <Typography.Text type="secondary" aria-label={t('permissions.no')}>
              —
            </Typography.Text>
          ),
        meta: { align: 'center', headerText: roleName(role), exportValue: (r) => (grants(role, r.permission) ? '✓' : '') },
      }),
    ),
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('permissions.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('permissions.intro')}
        </Typography.Paragraph>
      </div>

      <Row gutter={[16, 16]} data-testid="role-cards">
        {ROLES.map((role) => (
          <Col key={role} xs={24} md={12} xl={8}>
            <Card
              size="small"
              title={roleName(role)}
              extra={<Tag color={SCOPE_COLORS[ROLE_INFO[role].scope]}>{t(`common:memberships.scope.${ROLE_INFO[role].scope}`)}</Tag>}
              style={{ height: '100%' }}
              data-testid={`role-card-${role}`}
            >
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {t(`permissions.scopeSummary.${ROLE_INFO[role].scope}`)}
              </Typography.Paragraph>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {ROLE_PERMISSIONS[role].map((permission) => (
                  <li key={permission}>{pick(PERMISSIONS[permission])}</li>
                ))}
              </ul>
              {ROLE_INFO[role].itemLevelGrants && (
                <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                  {t('permissions.itemLevel')}
                </Typography.Paragraph>
              )}
            </Card>
          </Col>
        ))}
      </Row>

      <Card size="small" title={t('permissions.grantsTitle')}>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          <li>{t('permissions.grants.platform')}</li>
          <li>{t('permissions.grants.township')}</li>
          <li>{t('permissions.grants.scope')}</li>
        </ul>
      </Card>

      <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
        {t('permissions.matrixTitle')}
      </Typography.Title>
      <DataTable<PermissionRow>
        testId="permission-matrix"
        caption={t('permissions.matrixTitle')}
        columns={columns}
        {...list}
        getRowId={(r) => r.permission}
        searchPlaceholder={t('permissions.searchPlaceholder')}
        exportFileName={t('permissions.exportFile')}
        paginated={false}
      />
    </Flex>
  );
}
