import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, List, Popconfirm, Space, Typography, Upload } from 'antd';
import { CameraOutlined, DeleteOutlined, DownloadOutlined, PaperClipOutlined, PictureOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_ACCEPT, ATTACHMENT_OWNER_ACCESS, DEFAULT_ATTACHMENT_MAX_BYTES, PHOTO_ACCEPT, type AttachmentOwnerKind } from '@pcs/domain';
import { describeError, useFormatInstant, useLanguage } from '@pcs/ui';
import { useFiles } from './files';
import { useWorkScope } from './scope';
import { WORK_NS } from './i18n/work';
import { useTRPC, useTRPCClient } from './trpc';
import type { AttachmentRow } from './types';

const sizeText = (size: number) => (size < 1024 * 1024 ? `${Math.max(1, Math.round(size / 1024))} KB` : `${(size / 1024 / 1024).toFixed(1)} MB`);

export interface AttachmentPanelProps {
  ownerKind: AttachmentOwnerKind;
  ownerId: string;
  files: readonly AttachmentRow[];
  /** Whether the viewer may add files (the server checks again). */
  canUpload: boolean;
  /** The county standing committee's views list files by name: they are kept with the township. */
  canDownload: boolean;
  onChanged: () => void;
}

/** An image's thumbnail, fetched signed in like every file (an <img src> could not send the token). */
export function AttachmentThumbnail({ id, alt, size = 48 }: { id: string; alt: string; size?: number }) {
  const api = useFiles();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    api
      .thumbnailUrl(id)
      .then((u) => {
        made = u;
        if (live) setUrl(u);
        else URL.revokeObjectURL(u);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [api, id]);
  return url ? (
    <img src={url} alt={alt} width={size} height={size} style={{ objectFit: 'cover', borderRadius: 4 }} data-testid="attachment-thumbnail" />
  ) : (
    <PictureOutlined style={{ fontSize: size / 2 }} />
  );
}

/** One item's files: upload (checked again by the API), download, and removal where the API allows it. */
export function AttachmentPanel({ ownerKind, ownerId, files, canUpload, canDownload, onChanged }: AttachmentPanelProps) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const formatInstant = useFormatInstant();
  const { message } = App.useApp();
  const api = useFiles();
  const client = useTRPCClient();
  // A county department handler removes its uploads through its own procedure (it has no township).
  const deleteFile = useWorkScope() === 'department' ? client.department.attachments.delete : client.attachments.delete;
  const [busy, setBusy] = useState(false);
  // A photo owner (patrol, grid event) takes images only: the phone offers its camera.
  const photos = ATTACHMENT_OWNER_ACCESS[ownerKind].photosOnly === true;
  const showError = (error: unknown) => {
    const info = describeError(error);
    void message.error(info.messages ? pick(info.messages) : t('attachments.failed'));
  };

  const upload = async (file: File) => {
    if (file.size > DEFAULT_ATTACHMENT_MAX_BYTES) {
      void message.error(t('attachments.tooLarge', { mb: DEFAULT_ATTACHMENT_MAX_BYTES / 1024 / 1024 }));
      return;
    }
    setBusy(true);
    try {
      await api.upload(ownerKind, ownerId, file);
      void message.success(t('attachments.uploaded', { name: file.name }));
      onChanged();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: string) => {
    try {
      await deleteFile.mutate({ id });
      onChanged();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid={`attachments-${ownerKind}`}>
      {canUpload && (
        <Space wrap>
          <Upload
            accept={photos ? PHOTO_ACCEPT : ATTACHMENT_ACCEPT}
            {...(photos ? { capture: 'environment' as const } : {})}
            showUploadList={false}
            multiple
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={photos ? <CameraOutlined /> : <UploadOutlined />} loading={busy} data-testid="attachment-upload">
              {t(photos ? 'attachments.uploadPhoto' : 'attachments.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t(photos ? 'attachments.photoHint' : 'attachments.hint', { mb: DEFAULT_ATTACHMENT_MAX_BYTES / 1024 / 1024 })}</Typography.Text>
        </Space>
      )}
      <List
        size="small"
        locale={{ emptyText: t('attachments.none') }}
        dataSource={[...files]}
        renderItem={(file) => (
          <List.Item
            data-testid="attachment-item"
            actions={[
              ...(canDownload
                ? [
                    <Button key="download" type="link" size="small" icon={<DownloadOutlined />} onClick={() => void api.download(file.id, file.fileName).catch(showError)} aria-label={t('attachments.download')} />,
                  ]
                : []),
              ...(file.removable
                ? [
                    <Popconfirm key="delete" title={t('attachments.deleteConfirm', { name: file.fileName })} onConfirm={() => void remove(file.id)}>
                      <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('attachments.delete')} />
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              avatar={file.hasThumbnail && canDownload ? <AttachmentThumbnail id={file.id} alt={file.fileName} /> : <PaperClipOutlined />}
              title={<span style={{ wordBreak: 'break-all' }}>{file.fileName}</span>}
              // Each part stays whole when a phone wraps the line (a name is never split).
              description={
                <Flex wrap gap="0 8px">
                  <span>{sizeText(file.size)}</span>
                  <span style={{ whiteSpace: 'nowrap' }}>{file.uploaderUnitName ? `${file.uploaderUnitName} ${file.uploaderName}` : file.uploaderName}</span>
                  <span style={{ whiteSpace: 'nowrap' }}>{file.capturedAt ? t('attachments.receivedAt', { time: formatInstant(file.createdAt) }) : formatInstant(file.createdAt)}</span>
                  {file.capturedAt && <span style={{ whiteSpace: 'nowrap' }}>{t('attachments.takenAt', { time: formatInstant(file.capturedAt) })}</span>}
                  {file.latitude !== null && file.longitude !== null && (
                    <span style={{ whiteSpace: 'nowrap' }}>{t('attachments.position', { lat: file.latitude.toFixed(5), lng: file.longitude.toFixed(5) })}</span>
                  )}
                </Flex>
              }
            />
          </List.Item>
        )}
      />
    </Space>
  );
}

/** The files of a record that shows no timeline (meetings, activities, documents, reception days), loaded on their own. */
export function OwnerAttachments({ ownerKind, ownerId, writable, onChanged }: { ownerKind: AttachmentOwnerKind; ownerId: string; writable: boolean; /** Also told of an upload or removal (a sheet that counts the files). */ onChanged?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const files = useQuery(trpc.attachments.list.queryOptions({ ownerKind, ownerId }));
  return (
    <AttachmentPanel
      ownerKind={ownerKind}
      ownerId={ownerId}
      files={files.data ?? []}
      canUpload={writable}
      canDownload
      onChanged={() => {
        void queryClient.invalidateQueries(trpc.attachments.list.queryFilter({ ownerKind, ownerId }));
        onChanged?.();
      }}
    />
  );
}
