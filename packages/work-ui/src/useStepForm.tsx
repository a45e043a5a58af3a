import { useEffect, useState } from 'react';
import { App, Input } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { applyServerErrors, FormField, useLanguage, zodErrorMap } from '@pcs/ui';
import { WORK_NS } from './i18n/work';

export type StepValues = Record<string, unknown>;

interface StepForm<A extends string> {
  /** The step being taken; null while the modal is closed. */
  action: A | null;
  /** The item the step is taken on: the form restarts when it changes (e.g. a new version). */
  item: { id: string; version: number };
  /** The domain's payload schemas of the workflow's steps: the form validates the step's own. */
  payloads: Partial<Record<A, z.ZodType>>;
  /** The form's starting values for a step's payload. */
  defaults: (action: A) => StepValues;
  /** The screen's step procedure: `{ id, version, action, payload }`. */
  step: (input: { id: string; version: number; action: A; payload: StepValues }) => Promise<unknown>;
  onDone: () => void;
}

const anyPayload = z.object({}).passthrough();

/**
 * The form of one workflow step: its payload validated with the step's domain schema, sent
 * through the screen's one step procedure, server field errors shown on their fields, anything
 * else above the form.
 */
export function useStepForm<A extends string>({ action, item, payloads, defaults, step, onDone }: StepForm<A>) {
  const { t } = useTranslation(WORK_NS);
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const schema = (action && payloads[action]) || anyPayload;
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
      await step({ id: item.id, version: item.version, action, payload: values });
      void message.success(t('common.done'));
      onDone();
    } catch (error) {
      if (!applyServerErrors(error, setError, language, 'payload')) setFormError(error);
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
