import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Divider, Flex, Form, Input, InputNumber, Select, Spin, Switch } from 'antd';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { TENANT_KINDS, TENANT_KIND_LABELS, tenantCreateSchema } from '@pcs/domain';
import { ErrorAlert, FormDrawer, FormField, useDrawerForm, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { PROVISIONING_NS } from '../../i18n/provisioning';

type FormInput = z.input<typeof tenantCreateSchema>;

const EMPTY: FormInput = { code: '', name: '', kind: 'town', contactName: null, contactPhone: null, population: null, households: null };
const blankToNull = (value: string) => (value.trim() === '' ? null : value);

export interface TenantFormDrawerProps {
  open: boolean;
  /** The township to edit; a new one is created without it. */
  tenantId?: string;
  onClose: () => void;
  /** After a save; a new township with a first admin comes with the admin's one-time password. */
  onSaved: (created?: { code: string; firstAdmin: { username: string; initialPassword: string } | null }) => void;
}

/** Create a township (optionally with its first admin) or edit one, checked with the API's own schema. */
export function TenantFormDrawer({ open, tenantId, onClose, onSaved }: TenantFormDrawerProps) {
  const { t } = useTranslation(PROVISIONING_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const editing = Boolean(tenantId);
  const existing = useQuery({ ...trpc.tenants.get.queryOptions({ id: tenantId ?? '' }), enabled: open && editing, staleTime: 0 });
  const create = useMutation(trpc.tenants.create.mutationOptions());
  const update = useMutation(trpc.tenants.update.mutationOptions());
  const record = existing.data;
  const { control, drawer, form } = useDrawerForm({
    schema: tenantCreateSchema,
    open,
    record,
    values: record
      ? { code: record.code, name: record.name, kind: record.kind, contactName: record.contactName, contactPhone: record.contactPhone, population: record.population, households: record.households }
      : EMPTY,
    create: async (values) => {
      const created = await create.mutateAsync(values);
      return { code: created.code, firstAdmin: values.firstAdmin && created.initialPassword ? { username: values.firstAdmin.username, initialPassword: created.initialPassword } : null };
    },
    update: async ({ code: _code, firstAdmin: _admin, ...changes }) => {
      await update.mutateAsync(changes);
      return undefined;
    },
    // A new township's password is shown by the page; an edit says "saved".
    onSaved: (created) => {
      if (!created) void message.success(t('tenants.saved'));
      onSaved(created);
    },
    savedMessage: false,
  });
  const { setValue } = form;
  const code = useWatch({ control, name: 'code' });
  const firstAdmin = useWatch({ control, name: 'firstAdmin' });

  const toggleFirstAdmin = (on: boolean) =>
    setValue('firstAdmin', on ? { username: code ? `${code.trim().toLowerCase()}.admin` : '', displayName: '', email: null } : undefined);

  return (
    <FormDrawer
      open={open}
      {...drawer}
      onClose={onClose}
      title={t(editing ? 'tenants.editTitle' : 'tenants.createTitle')}
      testId="tenant-form"
      submitDisabled={editing && !existing.data}
      notice={
        <>
          {existing.error ? <ErrorAlert error={existing.error} onRetry={() => void existing.refetch()} /> : null}
          {!editing && <Alert type="info" showIcon title={t('tenants.copiesTemplate')} style={{ marginBottom: 16 }} />}
        </>
      }
    >
      <Spin spinning={editing && existing.isPending}>
        <FormField
          control={control}
          name="code"
          label={t('tenants.fields.code')}
          required
          render={(field) => <Input {...field} disabled={editing} maxLength={30} placeholder={t('tenants.codeHint')} />}
        />
        <FormField control={control} name="name" label={t('tenants.fields.name')} required render={(field) => <Input {...field} maxLength={30} />} />
        <FormField
          control={control}
          name="kind"
          label={t('tenants.fields.kind')}
          required
          render={(field) => <Select {...field} options={TENANT_KINDS.map((kind) => ({ value: kind, label: pick(TENANT_KIND_LABELS[kind]) }))} />}
        />
        <FormField
          control={control}
          name="contactName"
          label={t('tenants.fields.contactName')}
          render={({ value, onChange, ...field }) => <Input {...field} value={value ?? ''} onChange={(e) => onChange(blankToNull(e.target.value))} maxLength={30} />}
        />
        <FormField
          control={control}
          name="contactPhone"
          label={t('tenants.fields.contactPhone')}
          render={({ value, onChange, ...field }) => <Input {...field} value={value ?? ''} onChange={(e) => onChange(blankToNull(e.target.value))} maxLength={20} />}
        />
        <Flex gap={16} wrap>
          <FormField
            control={control}
            name="population"
            label={t('tenants.fields.population')}
            render={(field) => <InputNumber {...field} min={0} precision={0} style={{ width: 200 }} />}
          />
          <FormField
            control={control}
            name="households"
            label={t('tenants.fields.households')}
            render={(field) => <InputNumber {...field} min={0} precision={0} style={{ width: 200 }} />}
          />
        </Flex>

        {!editing && (
          <>
            <Divider titlePlacement="start">{t('tenants.firstAdmin.title')}</Divider>
            <Form.Item label={t('tenants.firstAdmin.create')} htmlFor="first-admin-switch">
              <Switch id="first-admin-switch" checked={firstAdmin !== undefined} onChange={toggleFirstAdmin} data-testid="first-admin-switch" />
            </Form.Item>
            {firstAdmin !== undefined && (
              <>
                <FormField
                  control={control}
                  name="firstAdmin.username"
                  label={t('tenants.firstAdmin.username')}
                  required
                  render={(field) => <Input {...field} maxLength={40} />}
                />
                <FormField
                  control={control}
                  name="firstAdmin.displayName"
                  label={t('tenants.firstAdmin.displayName')}
                  required
                  render={(field) => <Input {...field} maxLength={30} />}
                />
                <FormField
                  control={control}
                  name="firstAdmin.email"
                  label={t('tenants.firstAdmin.email')}
                  render={({ value, onChange, ...field }) => <Input {...field} value={value ?? ''} onChange={(e) => onChange(blankToNull(e.target.value))} type="email" />}
                />
              </>
            )}
          </>
        )}
      </Spin>
    </FormDrawer>
  );
}
