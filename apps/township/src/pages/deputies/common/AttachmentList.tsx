import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, List, Popconfirm, Space, Typography, Upload } from 'antd';
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CONGRESS_ATTACHMENT_MAX_BYTES, CONGRESS_ATTACHMENT_TYPES, type CongressAttachmentOwnerKind } from '@pcs/domain';
import { describeError, useLanguage } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../../../api/trpc';
import { fileToBase64, saveBase64 } from './files';
import { DNS } from './texts';

const ACCEPT = Object.entries(CONGRESS_ATTACHMENT_TYPES)
  .flatMap(([type, { extensions }]) => [type, ...extensions.map((e) => `.${e}`)])
  .join(',');

/** Files of one record: upload (checked in the browser and again by the API), download, delete. */
export function AttachmentList({ ownerKind, ownerId, writable }: { ownerKind: CongressAttachmentOwnerKind; ownerId: string; writable: boolean }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const files = useQuery(trpc.congressAttachments.list.queryOptions({ ownerKind, ownerId }));
  const refresh = () => queryClient.invalidateQueries(trpc.congressAttachments.list.queryFilter({ ownerKind, ownerId }));
  const onError = (error: unknown) => {
    const info = describeError(error);
    void message.error(info.messages ? pick(info.messages) : t('common:errors.unknown'));
  };
  const upload = useMutation(trpc.congressAttachments.upload.mutationOptions({ onSuccess: () => void refresh().then(() => message.success(t('common.uploaded'))), onError }));
  const remove = useMutation(trpc.congressAttachments.delete.mutationOptions({ onSuccess: () => void refresh(), onError }));

  const beforeUpload = async (file: File) => {
    const contentType = file.type || Object.entries(CONGRESS_ATTACHMENT_TYPES).find(([, v]) => v.extensions.includes(file.name.split('.').pop()?.toLowerCase() ?? ''))?.[0];
    if (!contentType || !CONGRESS_ATTACHMENT_TYPES[contentType]) void message.error(t('common.badType'));
    else if (file.size > CONGRESS_ATTACHMENT_MAX_BYTES) void message.error(t('common.tooLarge'));
    else upload.mutate({ ownerKind, ownerId, fileName: file.name, contentType, dataBase64: await fileToBase64(file) });
    return false;
  };

  const download = async (id: string) => {
    try {
      const file = await client.congressAttachments.download.query({ id });
      saveBase64(file.dataBase64, file.contentType, file.fileName);
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid={`attachments-${ownerKind}`}>
      {writable && (
        <Space>
          <Upload accept={ACCEPT} showUploadList={false} beforeUpload={(file) => beforeUpload(file)} multiple>
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="attachment-upload">
              {t('common.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('common.uploadHint')}</Typography.Text>
        </Space>
      )}
      <List
        size="small"
        loading={files.isPending}
        locale={{ emptyText: t('common.noAttachments') }}
        dataSource={files.data ?? []}
        renderItem={(file) => (
          <List.Item
            actions={[
              <Button key="download" type="link" size="small" icon={<DownloadOutlined />} onClick={() => void download(file.id)}>
                {t('common.download')}
              </Button>,
              ...(writable
                ? [
                    <Popconfirm key="delete" title={t('common.deleteConfirm', { name: file.fileName })} onConfirm={() => remove.mutate({ id: file.id })}>
                      <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <Space>
              <PaperClipOutlined />
              <span>{file.fileName}</span>
              <Typography.Text type="secondary">{(file.size / 1024).toFixed(file.size < 10_240 ? 1 : 0)} KB</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
