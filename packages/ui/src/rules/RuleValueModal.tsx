import { useEffect, useMemo, useState } from 'react';
import { App, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { asRuleRange, checkRuleOverride, findRule, ruleOverrideSchema, type RuleDefinition, type RuleOverrideInput } from '@pcs/domain';
import { ErrorAlert } from '../errors/ErrorAlert';
import { applyServerErrors } from '../forms/applyServerErrors';
import { FormField } from '../forms/FormField';
import { zodErrorMap } from '../forms/zodErrorMap';
import { useLanguage } from '../i18n/useLanguage';
import { countyToday } from '../time/countyClock';
import type { RuleRow } from './formatRuleValue';

type FormValues = z.input<typeof ruleOverrideSchema>;

const today = () => countyToday();

/**
 * The API's own checks (the rule's value schema, effective date not in the past), run in the form too.
 * Their messages are dropped so that zod's error map words them in the current language.
 */
const ruleValueFormSchema = ruleOverrideSchema.superRefine((input, ctx) => {
  if (!findRule(input.key)) return;
  for (const issue of checkRuleOverride(input, today())) ctx.addIssue({ ...issue, message: undefined } as Parameters<typeof ctx.addIssue>[0]);
});

export interface RuleValueModalProps {
  /** The rule being given a new value; the modal is closed when null. */
  rule: RuleRow | null;
  title: string;
  /** Sends the value (e.g. a township override or a new county default); its error is shown in the form. */
  onSave: (input: RuleOverrideInput) => Promise<unknown>;
  onClose: () => void;
  onSaved: () => void;
  /** Prefix of the form's test ids: `<prefix>-form`, `<prefix>-submit`, `<prefix>-error`. */
  testIdPrefix: string;
}

/** A new value of one rule from a day on (today or later): earlier results keep the old value. */
export function RuleValueModal({ rule, title, onSave, onClose, onSaved, testIdPrefix }: RuleValueModalProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<unknown>(null);
  const definition = rule ? findRule(rule.key) : undefined;

  const { control, handleSubmit, reset, setError } = useForm<FormValues>({
    resolver: zodResolver(ruleValueFormSchema, { error: zodErrorMap(language) }),
  });

  useEffect(() => {
    if (rule) reset({ key: rule.key, value: rule.value, effectiveFrom: today() });
    setFormError(null);
  }, [rule, reset]);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    setSaving(true);
    try {
      await onSave(values as RuleOverrideInput);
      void message.success(t('ruleValue.saved', { date: values.effectiveFrom }));
      onSaved();
    } catch (error) {
      if (!applyServerErrors(error, setError, language)) setFormError(error);
    } finally {
      setSaving(false);
    }
  });

  const unit = rule ? (language === 'en' ? rule.unitEn : rule.unitZh) : '';
  return (
    <Modal
      open={rule !== null}
      title={title}
      okText={t('ruleValue.save')}
      cancelText={t('ruleValue.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': `${testIdPrefix}-submit` }}
    >
      {formError ? <ErrorAlert error={formError} testId={`${testIdPrefix}-error`} /> : null}
      <Form layout="vertical" onFinish={() => void submit()} data-testid={`${testIdPrefix}-form`}>
        {definition && (
          <FormField
            control={control}
            name="value"
            label={`${t('ruleValue.value')}${unit ? `（${unit}）` : ''}`}
            required
            render={(field) => <RuleValueInput definition={definition} {...field} />}
          />
        )}
        <FormField
          control={control}
          name="effectiveFrom"
          label={t('ruleValue.effectiveFrom')}
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

interface RuleValueInputProps {
  definition: RuleDefinition<unknown>;
  id: string;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
}

/** The values of an enum schema (zod keeps them in `options`), else none. */
function enumValues(schema: unknown): string[] | undefined {
  const options = (schema as { options?: unknown } | undefined)?.options;
  return Array.isArray(options) && options.every((o) => typeof o === 'string') ? options : undefined;
}

const isNumberRecord = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'number');

/**
 * The input that fits the rule's value, told by its default and schema: yes/no, a number (empty
 * where the rule may be left unset), one of the rule's options, several of them, a list of
 * grades, a min–max range, points per item, or a text such as a month-day.
 */
function RuleValueInput({ definition, id, value, onChange, onBlur }: RuleValueInputProps) {
  const { t } = useTranslation();
  const { defaultValue, schema } = definition;
  const options = useMemo(() => enumValues(schema), [schema]);
  const elementOptions = useMemo(() => enumValues((schema as { element?: unknown }).element), [schema]);
  const optionLabel = (o: string) => ({ value: o, label: t(`rules.frequency.${o}`, { defaultValue: o }) });

  if (typeof defaultValue === 'boolean') {
    return <Switch id={id} checked={value === true} onChange={onChange} checkedChildren={t('ruleValue.yes')} unCheckedChildren={t('ruleValue.no')} />;
  }
  if (asRuleRange(defaultValue)) {
    // A min–max range: both ends kept.
    const current = typeof value === 'object' && value !== null ? (value as { min?: number | null; max?: number | null }) : {};
    const [min, max] = [current.min ?? null, current.max ?? null];
    return (
      <Space.Compact id={id}>
        <InputNumber aria-label={t('ruleValue.min')} placeholder={t('ruleValue.min')} value={min} onChange={(v) => onChange({ min: v, max })} onBlur={onBlur} />
        <InputNumber aria-label={t('ruleValue.max')} placeholder={t('ruleValue.max')} value={max} onChange={(v) => onChange({ min, max: v })} onBlur={onBlur} />
      </Space.Compact>
    );
  }
  if (Array.isArray(defaultValue)) {
    return elementOptions ? (
      <Select id={id} mode="multiple" value={Array.isArray(value) ? value : []} onChange={onChange} onBlur={onBlur} options={elementOptions.map(optionLabel)} />
    ) : (
      <Select id={id} mode="tags" value={Array.isArray(value) ? value : []} onChange={onChange} onBlur={onBlur} open={false} />
    );
  }
  if (options) return <Select id={id} value={value} onChange={onChange} onBlur={onBlur} options={options.map(optionLabel)} />;
  if (isNumberRecord(defaultValue)) {
    const current = isNumberRecord(value) ? value : {};
    return (
      <Flex id={id} vertical gap={4}>
        {Object.keys(defaultValue).map((item) => (
          <Flex key={item} align="center" gap={8}>
            <span style={{ flex: 1 }}>{item}</span>
            <InputNumber aria-label={item} value={current[item] ?? null} onChange={(v) => onChange({ ...current, [item]: v ?? 0 })} onBlur={onBlur} style={{ width: 120 }} />
          </Flex>
        ))}
      </Flex>
    );
  }
  if (typeof defaultValue === 'string') {
    return <Input id={id} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />;
  }
  // A number, or none where the rule may stay unset.
  return <InputNumber id={id} value={typeof value === 'number' ? value : null} onChange={onChange} onBlur={onBlur} style={{ width: '100%' }} />;
}
