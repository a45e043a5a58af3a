import { Alert, App, Button, Descriptions, Modal, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export interface OneTimeSecret {
  username: string;
  password: string;
}

export interface OneTimePasswordModalProps {
  /** The modal is open while set; the caller forgets it on close, so it is shown once only. */
  secret: OneTimeSecret | null;
  title: string;
  /** Where the user signs in, shown and copied with the password. */
  appUrl?: string;
  onClose: () => void;
}

/** A one-time password to hand to a user, shown once, with a button that copies the sign-in details. */
export function OneTimePasswordModal({ secret, title, appUrl, onClose }: OneTimePasswordModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const copy = async () => {
    if (!secret) return;
    const lines = [
      `${t('oneTimePassword.username')}: ${secret.username}`,
      `${t('oneTimePassword.password')}: ${secret.password}`,
      ...(appUrl ? [`${t('oneTimePassword.appUrl')}: ${appUrl}`] : []),
    ];
    try {
      await navigator.clipboard.writeText(lines.join('\n'));
      void message.success(t('oneTimePassword.copied'));
    } catch {
      void message.error(t('oneTimePassword.copyFailed'));
    }
  };

  return (
    <Modal
      open={secret !== null}
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={[
        <Button key="copy" icon={<CopyOutlined />} onClick={() => void copy()} data-testid="one-time-password-copy">
          {t('oneTimePassword.copy')}
        </Button>,
        <Button key="done" type="primary" onClick={onClose} data-testid="one-time-password-done">
          {t('oneTimePassword.done')}
        </Button>,
      ]}
      data-testid="one-time-password-modal"
    >
      <Alert type="warning" showIcon title={t('oneTimePassword.once')} style={{ marginBottom: 16 }} />
      {secret && (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('oneTimePassword.username')}>
            <Typography.Text data-testid="one-time-username">{secret.username}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('oneTimePassword.password')}>
            <Typography.Text code copyable style={{ fontSize: 16 }} data-testid="one-time-password">
              {secret.password}
            </Typography.Text>
          </Descriptions.Item>
          {appUrl && (
            <Descriptions.Item label={t('oneTimePassword.appUrl')}>
              <Typography.Link href={appUrl} target="_blank" rel="noreferrer" data-testid="one-time-app-url">
                {appUrl}
              </Typography.Link>
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
    </Modal>
  );
}
