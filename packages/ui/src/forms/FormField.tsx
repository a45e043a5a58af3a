import type { ReactElement, ReactNode } from 'react';
import { Form } from 'antd';
import { Controller, type Control, type ControllerRenderProps, type FieldPath, type FieldValues } from 'react-hook-form';

export interface FormFieldProps<T extends FieldValues, N extends FieldPath<T>> {
  control: Control<T>;
  name: N;
  label: string;
  required?: boolean;
  /** A line of guidance under the input (antd's `extra`). */
  extra?: ReactNode;
  /** Renders the antd input; spread `field` (value, onChange, onBlur, ref) onto it. */
  render: (field: ControllerRenderProps<T, N> & { id: string }) => ReactElement;
}

/** One labelled form field: react-hook-form state shown with antd's error styling and message. */
export function FormField<T extends FieldValues, N extends FieldPath<T>>({ control, name, label, required, extra, render }: FormFieldProps<T, N>) {
  const id = `field-${name}`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          htmlFor={id}
          required={required}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error?.message}
          extra={extra}
          data-testid={`form-field-${name}`}
        >
          {render({ ...field, id })}
        </Form.Item>
      )}
    />
  );
}
