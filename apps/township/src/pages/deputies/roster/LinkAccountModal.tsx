import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';
import { DNS } from '../../../i18n/deputies';

/** The township admin links a staff account of the township to a deputy (decision 65 §5). */
export function LinkAccountModal({ deputy, onClose }: { deputy: { id: string; name: string } | null; onClose: () => void }) {
  const { t } = useTranslation(DNS);
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState<string>();
  const users = useQuery({ ...trpc.deputies.linkableUsers.queryOptions(), enabled: deputy !== null });
  const link = useMutation(
    trpc.deputies.linkAccount.mutationOptions({
      onSuccess: () => {
        void message.success(t('link.linked'));
        void queryClient.invalidateQueries(trpc.deputies.pathFilter());
        setUserId(undefined);
        onClose();
      },
    }),
  );
  return (
    <Modal
      open={deputy !== null}
      title={deputy ? t('link.title', { name: deputy.name }) : ''}
      okText={t('link.ok')}
      okButtonProps={{ disabled: !userId, loading: link.isPending, id: 'link-account-ok' }}
      onOk={() => deputy && userId && link.mutate({ deputyId: deputy.id, userId })}
      onCancel={() => {
        link.reset();
        onClose();
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('link.explain')}</Typography.Paragraph>
      {link.error && <ErrorAlert error={link.error} />}
      <Select
        showSearch
        optionFilterProp="label"
        style={{ width: '100%', marginTop: 8 }}
        aria-label={t('link.user')}
        placeholder={t('link.user')}
        loading={users.isLoading}
        value={userId}
        onChange={setUserId}
        options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
        data-testid="link-account-user"
      />
    </Modal>
  );
}
