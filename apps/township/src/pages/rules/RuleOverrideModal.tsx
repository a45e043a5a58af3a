import { useEffect, useMemo, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, InputNumber, Modal, Select } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { checkRuleOverride, findRule, ruleOverrideSchema, type RuleDefinition } from '@pcs/domain';
import { applyServerErrors, ErrorAlert, FormField, useLanguage, zodErrorMap, type RuleRow } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { NS } from '../../i18n/texts';

type FormValues = z.input<typeof ruleOverrideSchema>;

const today = () => dayjs().format('YYYY-MM-DD');

/**
 * The API's own checks (the rule's value schema, effective date not in the past), run in the form too.
 * Their messages are dropped so that zod's error map words them in the current language.
 */
const overrideFormSchema = ruleOverrideSchema.superRefine((input, ctx) => {
  if (!findRule(input.key)) return;
  for (const issue of checkRuleOverride(input, today())) ctx.addIssue({ ...issue, message: undefined } as Parameters<typeof ctx.addIssue>[0]);
});

export interface RuleOverrideModalProps {
  /** The rule being overridden; the modal is closed when null. */
  rule: RuleRow | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Sets this township's value of one rule from a date on; earlier results keep the old value. */
export function RuleOverrideModal({ rule, onClose, onSaved }: RuleOverrideModalProps) {
  const { t } = useTranslation(NS);
  const { language, pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const save = useMutation(trpc.rules.setOverride.mutationOptions());
  const [formError, setFormError] = useState<unknown>(null);
  const definition = rule ? findRule(rule.key) : undefined;

  const { control, handleSubmit, reset, setError } = useForm<FormValues>({
    resolver: zodResolver(overrideFormSchema, { error: zodErrorMap(language) }),
  });

  useEffect(() => {
    if (rule) reset({ key: rule.key, value: rule.value, effectiveFrom: today() });
    setFormError(null);
  }, [rule, reset]);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await save.mutateAsync(values);
      void message.success(t('rules.saved', { date: values.effectiveFrom }));
      onSaved();
    } catch (error) {
      if (!applyServerErrors(error, setError, language)) setFormError(error);
    }
  });

  return (
    <Modal
      open={rule !== null}
      title={rule ? t('rules.overrideTitle', { name: pick({ zh: rule.nameZh, en: rule.nameEn }) }) : ''}
      okText={t('rules.save')}
      cancelText={t('rules.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'rule-override-submit' }}
    >
      {formError ? <ErrorAlert error={formError} testId="rule-override-error" /> : null}
      <Form layout="vertical" onFinish={() => void submit()} data-testid="rule-override-form">
        {definition && (
          <FormField
            control={control}
            name="value"
            label={`${t('rules.value')}${rule && (language === 'en' ? rule.unitEn : rule.unitZh) ? `（${language === 'en' ? rule.unitEn : rule.unitZh}）` : ''}`}
            required
            render={(field) => <ValueInput definition={definition} {...field} />}
          />
        )}
        <FormField
          control={control}
          name="effectiveFrom"
          label={t('rules.effectiveFrom')}
          required
          render={({ value, onChange, ...field }) => (
            <DatePicker
              {...field}
              value={typeof value === 'string' && value ? dayjs(value) : null}
              onChange={(date) => onChange(date ? date.format('YYYY-MM-DD') : '')}
              // A change applies from today on: past results must not be rewritten.
              disabledDate={(date) => date.isBefore(dayjs(), 'day')}
              style={{ width: '100%' }}
            />
          )}
        />
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}

interface ValueInputProps {
  definition: RuleDefinition<unknown>;
  id: string;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
}

/** The input that fits the rule's value: a number, one of the rule's options, or a list of grades. */
function ValueInput({ definition, id, value, onChange, onBlur }: ValueInputProps) {
  const { t } = useTranslation();
  // The rule's zod schema knows its options (an enum such as the patrol frequency).
  const options = useMemo(() => (definition.schema as { options?: unknown }).options, [definition]);
  if (Array.isArray(definition.defaultValue)) {
    return <Select id={id} mode="tags" value={Array.isArray(value) ? value : []} onChange={onChange} onBlur={onBlur} open={false} />;
  }
  if (Array.isArray(options)) {
    return (
      <Select
        id={id}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        options={options.map((o) => ({ value: String(o), label: t(`rules.frequency.${String(o)}`, { defaultValue: String(o) }) }))}
      />
    );
  }
  return <InputNumber id={id} value={typeof value === 'number' ? value : null} onChange={onChange} onBlur={onBlur} style={{ width: '100%' }} />;
}
