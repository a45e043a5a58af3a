import { Button, Flex, Select, Typography, theme } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROLE_INFO, type MembershipInput, type Role, type RoleScope } from '@pcs/domain';
import { useLanguage } from '../i18n/useLanguage';

export interface NamedOption {
  id: string;
  name: string;
}

export type MembershipField = 'role' | 'tenantId' | 'departmentId' | 'handlingUnitId';

export interface MembershipsEditorProps {
  id?: string;
  value: MembershipInput[];
  onChange: (value: MembershipInput[]) => void;
  onBlur?: () => void;
  /** The roles this administrator may grant, in the order offered. */
  roles: readonly Role[];
  /** Townships to choose from for township roles; ignored with `fixedTenantId`. */
  tenants?: readonly NamedOption[];
  /** The township app: every township role is held in this township, so no township is asked for. */
  fixedTenantId?: string;
  /** County departments, for county department handlers. */
  departments?: readonly NamedOption[];
  /** The township's handling units, for township handlers (optional for them). */
  handlingUnits?: readonly NamedOption[];
  /** The message for one field of one row, from the form's (client or server) errors. */
  errorOf?: (index: number, field: MembershipField) => string | undefined;
  disabled?: boolean;
}

const SCOPE_ORDER: RoleScope[] = ['platform', 'county', 'township'];

/** The name of a role in the current language, from the one role catalogue. */
export function useRoleName(): (role: Role) => string {
  const { pick } = useLanguage();
  return (role) => pick({ zh: ROLE_INFO[role].nameZh, en: ROLE_INFO[role].nameEn });
}

/** The role a new row starts with: the everyday township role where offered, never an admin role if avoidable. */
export function defaultRole(roles: readonly Role[]): Role | undefined {
  return roles.find((r) => r === 'township_staff') ?? roles.find((r) => ROLE_INFO[r].scope === 'township') ?? roles[0];
}

/** The fields a row keeps when its role changes: a township only for township roles, and so on. */
function withRole(row: MembershipInput, role: Role, fixedTenantId: string | undefined): MembershipInput {
  const township = ROLE_INFO[role].scope === 'township';
  return {
    role,
    tenantId: township ? (fixedTenantId ?? row.tenantId) : null,
    departmentId: role === 'county_dept_handler' ? (row.departmentId ?? null) : null,
    handlingUnitId: role === 'township_handler' ? (row.handlingUnitId ?? null) : null,
  };
}

/**
 * The roles of one user, one row per role: the role, and where it is held (a township for
 * township roles, a department for county department handlers, optionally a handling unit for
 * township handlers). A controlled input for react-hook-form's `memberships` field.
 */
export function MembershipsEditor(props: MembershipsEditorProps) {
  const { value, onChange, roles, fixedTenantId, errorOf, disabled } = props;
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const roleName = useRoleName();

  const groups = SCOPE_ORDER.map((scope) => ({
    label: t(`memberships.scope.${scope}`),
    title: t(`memberships.scope.${scope}`),
    options: roles.filter((role) => ROLE_INFO[role].scope === scope).map((role) => ({ value: role, label: roleName(role) })),
  })).filter((group) => group.options.length > 0);
  // Grouped by scope only when there is more than one scope to tell apart.
  const roleOptions: Array<{ label: string; value?: Role; options?: Array<{ value: Role; label: string }> }> = groups.length === 1 ? groups[0]!.options : groups;
  const toOptions = (items: readonly NamedOption[] | undefined) => (items ?? []).map((item) => ({ value: item.id, label: item.name }));

  const update = (index: number, row: MembershipInput) => onChange(value.map((current, i) => (i === index ? row : current)));
  const add = () => {
    const role = defaultRole(roles);
    if (role) onChange([...value, withRole({ role, tenantId: null }, role, fixedTenantId)]);
  };

  return (
    <Flex vertical gap={8} id={props.id} data-testid="memberships-editor">
      {value.map((row, index) => {
        const township = ROLE_INFO[row.role].scope === 'township';
        const error = (field: MembershipField) => errorOf?.(index, field);
        const messages = (['role', 'tenantId', 'departmentId', 'handlingUnitId'] as const).flatMap((field) => error(field) ?? []);
        const label = (field: string) => `${t(`memberships.${field}`)} ${index + 1}`;
        return (
          <Flex key={index} vertical gap={4} data-testid={`membership-${index}`}>
            <Flex gap={8} wrap align="center">
              <Select
                aria-label={label('role')}
                value={row.role}
                options={roleOptions}
                onChange={(role: Role) => update(index, withRole(row, role, fixedTenantId))}
                onBlur={props.onBlur}
                status={error('role') ? 'error' : undefined}
                disabled={disabled}
                style={{ width: 240 }}
                popupMatchSelectWidth={false}
                data-testid={`membership-${index}-role`}
              />
              {township && !fixedTenantId && (
                <Select
                  aria-label={label('tenant')}
                  placeholder={t('memberships.tenant')}
                  value={row.tenantId ?? undefined}
                  options={toOptions(props.tenants)}
                  onChange={(tenantId: string) => update(index, { ...row, tenantId })}
                  showSearch={{ optionFilterProp: 'label' }}
                  status={error('tenantId') ? 'error' : undefined}
                  disabled={disabled}
                  style={{ width: 180 }}
                  data-testid={`membership-${index}-tenant`}
                />
              )}
              {row.role === 'county_dept_handler' && (
                <Select
                  aria-label={label('department')}
                  placeholder={t('memberships.department')}
                  value={row.departmentId ?? undefined}
                  options={toOptions(props.departments)}
                  onChange={(departmentId: string) => update(index, { ...row, departmentId })}
                  status={error('departmentId') ? 'error' : undefined}
                  disabled={disabled}
                  style={{ width: 200 }}
                  data-testid={`membership-${index}-department`}
                />
              )}
              {row.role === 'township_handler' && props.handlingUnits && (
                <Select
                  allowClear
                  aria-label={label('handlingUnit')}
                  placeholder={t('memberships.handlingUnit')}
                  value={row.handlingUnitId ?? undefined}
                  options={toOptions(props.handlingUnits)}
                  onChange={(handlingUnitId?: string) => update(index, { ...row, handlingUnitId: handlingUnitId ?? null })}
                  status={error('handlingUnitId') ? 'error' : undefined}
                  disabled={disabled}
                  style={{ width: 200 }}
                  data-testid={`membership-${index}-unit`}
                />
              )}
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('memberships.remove', { index: index + 1 })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                disabled={disabled || value.length <= 1}
                data-testid={`membership-${index}-remove`}
              />
            </Flex>
            {messages.map((message) => (
              <Typography.Text key={message} style={{ color: token.colorError }} role="alert">
                {message}
              </Typography.Text>
            ))}
          </Flex>
        );
      })}
      <div>
        <Button icon={<PlusOutlined />} onClick={add} disabled={disabled || roles.length === 0} data-testid="membership-add">
          {t('memberships.add')}
        </Button>
      </div>
    </Flex>
  );
}
