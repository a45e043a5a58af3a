import type { ReactNode } from 'react';
import { Tag, Tooltip } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';

export type SyncStatus = 'pending' | 'synced' | 'failed';

const LOOK: Record<SyncStatus, { color: string; icon: ReactNode }> = {
  synced: { color: 'success', icon: <CheckCircleOutlined /> },
  pending: { color: 'warning', icon: <SyncOutlined /> },
  failed: { color: 'error', icon: <CloseCircleOutlined /> },
};

export interface SyncStatusTagProps {
  status: SyncStatus;
  /** The identity provider's last error, shown in a tooltip on a failed sync. */
  error?: string | null;
  syncedAt?: string | Date | null;
}

/** Whether the identity provider (Keycloak) has caught up with our record of a user. */
export function SyncStatusTag({ status, error, syncedAt }: SyncStatusTagProps) {
  const { t } = useTranslation();
  const { color, icon } = LOOK[status];
  const tip =
    status === 'failed'
      ? t('users.syncError', { error: error || t('errors.unknown') })
      : status === 'synced' && syncedAt
        ? t('users.syncedAt', { time: dayjs(syncedAt).format('YYYY-MM-DD HH:mm') })
        : t(`users.syncHint.${status}`);
  return (
    <Tooltip title={tip}>
      <Tag color={color} icon={icon} data-testid={`sync-status-${status}`} tabIndex={0}>
        {t(`users.sync.${status}`)}
      </Tag>
    </Tooltip>
  );
}
