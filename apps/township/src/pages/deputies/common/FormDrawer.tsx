import type { ReactNode } from 'react';
import { Button, Drawer, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@pcs/ui';
import { DNS } from '../../../i18n/texts';

export interface FormDrawerProps {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submitting: boolean;
  /** An error no single field explains (stale version, server down). */
  error: unknown;
  testId: string;
  width?: number;
  children: ReactNode;
}

/** The drawer every form of the deputies area sits in: save and cancel on top, Enter submits. */
export function FormDrawer({ open, title, onClose, onSubmit, submitting, error, testId, width = 560, children }: FormDrawerProps) {
  const { t } = useTranslation(DNS);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={width}
      destroyOnHidden
      data-testid={testId}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={submitting} onClick={onSubmit} data-testid={`${testId}-submit`}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {error ? <ErrorAlert error={error} testId={`${testId}-error`} /> : null}
      {/* antd Form only lays out the fields; react-hook-form holds the values. */}
      <Form layout="vertical" onFinish={onSubmit} style={{ marginTop: 8 }}>
        {children}
        <button type="submit" hidden />
      </Form>
    </Drawer>
  );
}
