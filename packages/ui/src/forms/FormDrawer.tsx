import { useEffect, useRef, useState, type ReactNode } from 'react';
import { App, Button, Drawer, Form, Space } from 'antd';
import { useForm, type FieldValues, type UseFormReturn, type UseFormSetError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/useLanguage';
import { applyServerErrors } from './applyServerErrors';
import { zodErrorMap } from './zodErrorMap';

/** What optimistic locking needs of an edited record: the API refuses a stale version with CONFLICT. */
export interface Versioned {
  id: string;
  version: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any zod object schema; its input must be a form's values
type FormSchema = z.ZodType<any, FieldValues>;

export interface DrawerFormOptions<S extends FormSchema, Rec, R> {
  /** The domain's schema, the same one the API validates with. */
  schema: S;
  open: boolean;
  /** The record being edited; without it the form creates one. */
  record?: Rec;
  /** The form's values, loaded each time the drawer opens: the record's when editing, blanks when creating. */
  values: NoInfer<z.input<S>>;
  /** Saves a new record (or, for a form that edits nothing, does its one thing). */
  create?: (values: z.output<S>) => Promise<R>;
  /** Saves the edited record, sent with its id and the version it was read at. */
  update?: (values: z.output<S> & Versioned) => Promise<R>;
  onSaved: (result: R) => void;
  /** The "saved" toast; the shared "已保存" without it, none when false. */
  savedMessage?: string | false;
}

/**
 * The state of a form in a drawer: react-hook-form checked by the domain schema in the user's
 * language, values (re)loaded each time the drawer opens, the save (create, or update with the
 * record's version), the API's field errors put on their fields and anything else kept for the
 * drawer's alert. Spread `drawer` onto FormDrawer.
 */
export function useDrawerForm<S extends FormSchema, Rec extends Partial<Versioned> | null | undefined = undefined, R = unknown>(options: DrawerFormOptions<S, Rec, R>) {
  const { schema, open, record } = options;
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const form: UseFormReturn<z.input<S>, unknown, z.output<S>> = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema, { error: zodErrorMap(language) }) });
  // An error no single field explains (stale version, duplicate, server down).
  const [formError, setFormError] = useState<unknown>(null);
  const latest = useRef(options);
  latest.current = options;
  const { reset } = form;

  useEffect(() => {
    if (!open) return;
    reset(latest.current.values);
    setFormError(null);
  }, [open, record, reset]);

  const save = async (values: z.output<S>): Promise<R> => {
    const { create, update } = latest.current;
    if (record?.id !== undefined && record.version !== undefined && update) return update({ ...values, id: record.id, version: record.version });
    if (!create) throw new Error('useDrawerForm: no create for a form without a record');
    return create(values);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await save(values);
      const { savedMessage } = latest.current;
      if (savedMessage !== false) void message.success(savedMessage ?? t('form.saved'));
      latest.current.onSaved(result);
    } catch (error) {
      if (!applyServerErrors(error, form.setError as UseFormSetError<FieldValues>, language)) setFormError(error);
    }
  });

  return {
    form,
    control: form.control,
    formError,
    setFormError,
    drawer: { onSubmit: () => void onSubmit(), submitting: form.formState.isSubmitting, error: formError },
  };
}

export interface FormDrawerProps {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  onSubmit: () => void;
  submitting: boolean;
  /** An error no single field explains (stale version, server down). */
  error: unknown;
  /** The drawer's test id; its save button is `<testId>-submit`, its alert `<testId>-error`. */
  testId: string;
  width?: number;
  submitLabel?: ReactNode;
  /** Holds the save button back (the record to edit is still loading). */
  submitDisabled?: boolean;
  /** Keeps the drawer open on a click beside it (a long form the user should not lose). */
  keepOnMaskClick?: boolean;
  /** Lines above the fields (a notice about the record). */
  notice?: ReactNode;
  children: ReactNode;
}

/** The drawer every form sits in: cancel and save on top, Enter submits, the form-wide error above the fields. */
export function FormDrawer({ open, title, onClose, onSubmit, submitting, error, testId, width = 560, submitLabel, submitDisabled, keepOnMaskClick, notice, children }: FormDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={width}
      destroyOnHidden
      mask={keepOnMaskClick ? { closable: false } : undefined}
      data-testid={testId}
      extra={
        <Space>
          <Button onClick={onClose}>{t('form.cancel')}</Button>
          <Button type="primary" loading={submitting} disabled={submitDisabled} onClick={onSubmit} data-testid={`${testId}-submit`}>
            {submitLabel ?? t('form.save')}
          </Button>
        </Space>
      }
    >
      {/* Field problems show beside their fields; this alert carries the rest (e.g. a stale version). */}
      {error ? <ErrorAlert error={error} testId={`${testId}-error`} /> : null}
      {notice}
      {/* antd Form only lays out the fields and turns Enter into a submit; react-hook-form holds the values. */}
      <Form layout="vertical" onFinish={submitDisabled ? undefined : onSubmit} style={{ marginTop: 8 }}>
        {children}
        <button type="submit" hidden />
      </Form>
    </Drawer>
  );
}
