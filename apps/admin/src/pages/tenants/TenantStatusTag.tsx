import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { CheckCircleOutlined, InboxOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TenantStatus } from '@pcs/domain';
import { NS } from '../../i18n/texts';

const LOOK: Record<TenantStatus, { color: string; icon: ReactNode }> = {
  active: { color: 'green', icon: <CheckCircleOutlined /> },
  // Suspended townships must stand out in every county list: their users cannot work.
  suspended: { color: 'red', icon: <StopOutlined /> },
  archived: { color: 'default', icon: <InboxOutlined /> },
};

/** A township's status as a coloured tag, the same in the county overview and in township administration. */
export function TenantStatusTag({ status }: { status: TenantStatus }) {
  const { t } = useTranslation(NS);
  return (
    <Tag color={LOOK[status].color} icon={LOOK[status].icon} data-testid={`township-status-${status}`}>
      {t(`townships.status.${status}`)}
    </Tag>
  );
}
