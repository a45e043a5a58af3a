import { useEffect, useState } from 'react';
import { App, Input } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { applyServerErrors, FormField, useLanguage, zodErrorMap } from '@pcs/ui';
import { WORK_NS } from './i18n';

export type StepValues = Record<string, unknown>;

interface StepForm<A extends string> {
  /** The step being taken; null while the modal is closed. */
  action: A | null;
  /** The item the step is taken on: the form restarts when it changes (e.g. a new version). */
  item: { id: string; version: number };
  /** The step's domain schema (any of them while closed). */
  schema: z.ZodType;
  /** The form's starting values for a step (the item's id and version at least). */
  defaults: (action: A) => StepValues;
  call: (action: A, values: StepValues) => Promise<unknown>;
  onDone: () => void;
}

/**
 * The form of one workflow step: validated with the step's domain schema, sent through the
 * screen's procedure, server field errors shown on their fields, anything else above the form.
 */
export function useStepForm<A extends string>({ action, item, schema, defaults, call, onDone }: StepForm<A>) {
  const { t } = useTranslation(WORK_NS);
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const form = useForm<StepValues>({ resolver: zodResolver(schema as z.ZodType<StepValues, StepValues>, { error: zodErrorMap(language) }) });
  const { reset, setError, control } = form;

  useEffect(() => {
    if (!action) return;
    reset(defaults(action));
    setFormError(null);
    // defaults is recomputed each render; the form restarts only when the step or the item changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action, item.id, item.version, reset]);

  const submit = form.handleSubmit(async (values) => {
    if (!action) return;
    setFormError(null);
    setPending(true);
    try {
      await call(action, values);
      void message.success(t('common.done'));
      onDone();
    } catch (error) {
      if (!applyServerErrors(error, setError, language)) setFormError(error);
    } finally {
      setPending(false);
    }
  });

  /** A text area bound to a field of the step. */
  const text = (name: string, label: string, options: { required?: boolean; rows?: number } = {}) => (
    <FormField control={control} name={name} label={label} required={options.required ?? true} render={(f) => <Input.TextArea {...f} value={(f.value as string) ?? ''} rows={options.rows ?? 3} data-testid={`action-${name}`} />} />
  );

  return { control, watch: form.watch, submit, pending, formError, text };
}
