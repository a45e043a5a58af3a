import { Alert, App, Form, Input } from 'antd';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { userCreateSchema, type MembershipInput, type UserCreate } from '@pcs/domain';
import { FormDrawer, useDrawerForm } from '../forms/FormDrawer';
import { FormField } from '../forms/FormField';
import { defaultRole, MembershipsEditor, type MembershipField, type MembershipsEditorProps } from './MembershipsEditor';

/** A user as the edit form needs it; `memberships` are the roles within the administrator's reach. */
export interface EditableUser {
  id: string;
  version: number;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  memberships: MembershipInput[];
}

/** What the form sends; the app maps these to its API calls. */
export interface UserFormActions {
  create: (input: UserCreate) => Promise<{ username: string; initialPassword: string }>;
  /** Profile fields; returns nothing, the next version is the sent one plus one. */
  update: (input: { id: string; version: number; displayName: string; email: string | null; phone: string | null }) => Promise<unknown>;
  setMemberships: (input: { id: string; version: number; memberships: MembershipInput[] }) => Promise<unknown>;
}

export interface UserFormDrawerProps {
  open: boolean;
  /** The user to edit; a new one is created without it. */
  user?: EditableUser;
  actions: UserFormActions;
  /** Roles, townships, departments and units the role rows offer. */
  editor: Pick<MembershipsEditorProps, 'roles' | 'tenants' | 'fixedTenantId' | 'departments' | 'handlingUnits'>;
  /** A township admin cannot change the name or contact of someone who also works elsewhere. */
  profileLocked?: boolean;
  onClose: () => void;
  /** After a save; a new user comes with the one-time password to show once. */
  onSaved: (created?: { username: string; initialPassword: string }) => void;
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value);

/** Roles in one shape, to tell whether the form changed them. */
const rolesKey = (memberships: MembershipInput[]) =>
  JSON.stringify(memberships.map((m) => [m.role, m.tenantId, m.departmentId ?? null, m.handlingUnitId ?? null]));

/** Create a user with their roles, or edit one's profile and roles, checked with the API's own schema. */
export function UserFormDrawer({ open, user, actions, editor, profileLocked = false, onClose, onSaved }: UserFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const firstRole = defaultRole(editor.roles) ?? 'township_staff';
  const { control, form, drawer } = useDrawerForm({
    schema: userCreateSchema,
    open,
    record: user,
    values: user
      ? { username: user.username, displayName: user.displayName, email: user.email, phone: user.phone, memberships: user.memberships }
      : { username: '', displayName: '', email: null, phone: null, memberships: [{ role: firstRole, tenantId: editor.fixedTenantId ?? null }] },
    create: (values: UserCreate) => actions.create(values),
    // Profile fields and roles are two calls; the second carries the version the first left.
    update: async (values) => {
      if (!user) return undefined;
      let version = user.version;
      const profileChanged = values.displayName !== user.displayName || (values.email ?? null) !== user.email || (values.phone ?? null) !== user.phone;
      if (profileChanged && !profileLocked) {
        await actions.update({ id: user.id, version, displayName: values.displayName, email: values.email ?? null, phone: values.phone ?? null });
        version += 1;
      }
      if (rolesKey(values.memberships) !== rolesKey(user.memberships)) {
        await actions.setMemberships({ id: user.id, version, memberships: values.memberships });
      }
      return undefined;
    },
    // A new user's one-time password is shown by the page; an edit says "saved".
    onSaved: (created) => {
      if (!created) void message.success(t('userForm.saved'));
      onSaved(created);
    },
    savedMessage: false,
  });
  const { formState } = form;

  const membershipErrors = formState.errors.memberships;
  const errorOf = (index: number, field: MembershipField) => membershipErrors?.[index]?.[field]?.message;

  return (
    <FormDrawer
      open={open}
      {...drawer}
      onClose={onClose}
      title={t(user ? 'userForm.editTitle' : 'userForm.createTitle')}
      width={640}
      testId="user-form"
      notice={profileLocked && <Alert type="info" showIcon title={t('userForm.profileLocked')} style={{ marginBottom: 16 }} />}
    >
      <FormField
        control={control}
        name="username"
        label={t('userForm.username')}
        required
        render={({ value, ...field }) => <Input {...field} value={value ?? ''} disabled={Boolean(user)} maxLength={40} placeholder={t('userForm.usernameHint')} />}
      />
      <FormField
        control={control}
        name="displayName"
        label={t('userForm.displayName')}
        required
        render={({ value, ...field }) => <Input {...field} value={value ?? ''} disabled={profileLocked} maxLength={30} />}
      />
      <FormField
        control={control}
        name="email"
        label={t('userForm.email')}
        render={({ value, onChange, ...field }) => (
          <Input {...field} value={value ?? ''} onChange={(e) => onChange(blankToNull(e.target.value))} disabled={profileLocked} type="email" />
        )}
      />
      <FormField
        control={control}
        name="phone"
        label={t('userForm.phone')}
        render={({ value, onChange, ...field }) => (
          <Input {...field} value={value ?? ''} onChange={(e) => onChange(blankToNull(e.target.value))} disabled={profileLocked} maxLength={20} />
        )}
      />
      <Controller
        control={control}
        name="memberships"
        render={({ field }) => (
          <Form.Item
            label={t('userForm.roles')}
            required
            validateStatus={membershipErrors?.message ? 'error' : undefined}
            help={membershipErrors?.message}
            data-testid="form-field-memberships"
          >
            <MembershipsEditor {...editor} id="field-memberships" value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} errorOf={errorOf} />
          </Form.Item>
        )}
      />
    </FormDrawer>
  );
}
