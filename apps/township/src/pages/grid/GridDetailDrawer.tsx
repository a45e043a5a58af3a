import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Descriptions, Drawer, Flex, Form, Input, List, Popconfirm, Radio, Select, Space, Tag, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { GRID_GAP_LABELS, GRID_MEMBER_ROLES, GRID_MEMBER_ROLE_LABELS, type GridMemberRole } from '@pcs/domain';
import { describeError, ErrorAlert, useLanguage } from '@pcs/ui';
import { AttachmentPanel } from '@pcs/work-ui';
import { useTRPC } from '../../api/trpc';
import { GRID_NS } from '../../i18n/grid';

/** One grid: its five fixes (edited in place), people, cells and responsibility letters with their signed files. */
export function GridDetailDrawer({ gridId, onClose }: { gridId: string | null; onClose: () => void }) {
  const { t } = useTranslation(GRID_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detail = useQuery({ ...trpc.grids.get.queryOptions({ id: gridId ?? '' }), enabled: gridId !== null });
  const candidates = useQuery({ ...trpc.grids.memberCandidates.queryOptions(), enabled: gridId !== null });
  const refresh = () => void queryClient.invalidateQueries(trpc.grids.pathFilter());
  const fail = (error: unknown) => {
    const info = describeError(error);
    void message.error(info.messages ? pick(info.messages) : t('common.failed'));
  };
  const options = { onSuccess: () => refresh(), onError: fail };
  const updateFixes = useMutation(trpc.grids.updateFixes.mutationOptions({ ...options, onSuccess: () => (void message.success(t('common.saved')), refresh()) }));
  const addMember = useMutation(trpc.grids.addMember.mutationOptions(options));
  const removeMember = useMutation(trpc.grids.removeMember.mutationOptions(options));
  const createCell = useMutation(trpc.grids.createCell.mutationOptions(options));
  const createLetter = useMutation(trpc.grids.createLetter.mutationOptions(options));
  const deleteLetter = useMutation(trpc.grids.deleteLetter.mutationOptions(options));

  const grid = detail.data;
  const [fixes, setFixes] = useState({ areaDescription: '', duties: '', tasks: '', rewardsPenalties: '' });
  useEffect(() => {
    if (grid) setFixes({ areaDescription: grid.areaDescription ?? '', duties: grid.duties ?? '', tasks: grid.tasks ?? '', rewardsPenalties: grid.rewardsPenalties ?? '' });
  }, [grid]);
  const [member, setMember] = useState<{ role: GridMemberRole; kind: 'user' | 'named'; userId?: string; name: string; phone: string }>({ role: 'worker', kind: 'user', name: '', phone: '' });
  const [cellName, setCellName] = useState('');
  const [letter, setLetter] = useState({ title: '', issuerParty: '', signerParty: '', signedOn: '' });

  return (
    <Drawer open={gridId !== null} onClose={onClose} title={grid?.name ?? ''} size={Math.min(720, window.innerWidth)} destroyOnHidden data-testid="grid-detail">
      {detail.error && <ErrorAlert error={detail.error} />}
      {grid && (
        <Flex vertical gap={12}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('grids.columns.village')}>{grid.villageName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('grids.columns.gaps')}>
              {grid.gaps.length === 0 ? <Tag color="green">{t('grids.complete')}</Tag> : grid.gaps.map((g) => <Tag key={g} color="orange">{pick(GRID_GAP_LABELS[g])}</Tag>)}
            </Descriptions.Item>
          </Descriptions>

          <Card size="small" title={t('grids.fixes')}>
            <Form layout="vertical">
              {(['areaDescription', 'duties', 'tasks', 'rewardsPenalties'] as const).map((key) => (
                <Form.Item key={key} label={t(`grids.${key === 'areaDescription' ? 'area' : key === 'rewardsPenalties' ? 'rewards' : key}`)} style={{ marginBottom: 8 }}>
                  <Input.TextArea rows={2} value={fixes[key]} onChange={(e) => setFixes({ ...fixes, [key]: e.target.value })} data-testid={`grid-fix-${key}`} />
                </Form.Item>
              ))}
              <Button type="primary" loading={updateFixes.isPending} onClick={() => updateFixes.mutate({ id: grid.id, version: grid.version, ...Object.fromEntries(Object.entries(fixes).map(([k, v]) => [k, v.trim() || null])) })} data-testid="grid-fixes-save">
                {t('common.save')}
              </Button>
            </Form>
          </Card>

          <Card size="small" title={t('grids.people')}>
            <List
              size="small"
              dataSource={grid.members}
              renderItem={(m) => (
                <List.Item
                  actions={[
                    <Popconfirm key="x" title={t('common.confirmDelete')} onConfirm={() => removeMember.mutate({ id: m.id })}>
                      <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                    </Popconfirm>,
                  ]}
                >
                  <Space wrap>
                    <Tag color="geekblue">{pick(GRID_MEMBER_ROLE_LABELS[m.role])}</Tag>
                    <span>{m.name}</span>
                    {m.phone && <Typography.Text type="secondary">{m.phone}</Typography.Text>}
                    {m.userId && <Tag>{t('grids.user')}</Tag>}
                  </Space>
                </List.Item>
              )}
            />
            <Flex gap={8} wrap style={{ marginTop: 8 }}>
              <Select style={{ width: 120 }} value={member.role} onChange={(role) => setMember({ ...member, role })} options={GRID_MEMBER_ROLES.map((r) => ({ value: r, label: pick(GRID_MEMBER_ROLE_LABELS[r]) }))} aria-label={t('grids.role')} />
              <Radio.Group value={member.kind} onChange={(e) => setMember({ ...member, kind: e.target.value as 'user' | 'named' })} options={[{ value: 'user', label: t('grids.user') }, { value: 'named', label: t('grids.namedPerson') }]} />
              {member.kind === 'user' ? (
                <Select style={{ minWidth: 180 }} showSearch optionFilterProp="label" value={member.userId} onChange={(userId) => setMember({ ...member, userId })} options={(candidates.data ?? []).map((c) => ({ value: c.userId, label: `${c.displayName}（${c.username}）` }))} aria-label={t('grids.person')} />
              ) : (
                <>
                  <Input style={{ width: 120 }} placeholder={t('grids.name')} value={member.name} onChange={(e) => setMember({ ...member, name: e.target.value })} />
                  <Input style={{ width: 150 }} placeholder={t('grids.phone')} value={member.phone} onChange={(e) => setMember({ ...member, phone: e.target.value })} />
                </>
              )}
              <Button
                onClick={() =>
                  addMember.mutate(
                    member.kind === 'user' ? { gridId: grid.id, role: member.role, userId: member.userId ?? null } : { gridId: grid.id, role: member.role, name: member.name, phone: member.phone.trim() || null },
                    { onSuccess: () => setMember({ ...member, userId: undefined, name: '', phone: '' }) },
                  )
                }
                data-testid="grid-member-add"
              >
                {t('grids.addMember')}
              </Button>
            </Flex>
          </Card>

          {grid.level === 4 && (
            <Card size="small" title={t('grids.cells')}>
              <List size="small" dataSource={grid.cells} renderItem={(c) => <List.Item>{c.name}</List.Item>} />
              <Space.Compact style={{ marginTop: 8 }}>
                <Input placeholder={t('grids.cellName')} value={cellName} onChange={(e) => setCellName(e.target.value)} />
                <Button onClick={() => createCell.mutate({ parentId: grid.id, name: cellName }, { onSuccess: () => setCellName('') })}>{t('grids.addCell')}</Button>
              </Space.Compact>
            </Card>
          )}

          <Card size="small" title={t('grids.letters')}>
            {grid.letters.length === 0 && <Typography.Text type="secondary">{t('grids.noLetters')}</Typography.Text>}
            {grid.letters.map((l) => (
              <Card key={l.id} type="inner" size="small" style={{ marginBottom: 8 }} title={l.title} extra={
                <Popconfirm title={t('common.confirmDelete')} onConfirm={() => deleteLetter.mutate({ id: l.id })}>
                  <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                </Popconfirm>
              }>
                <Typography.Paragraph style={{ marginBottom: 4 }}>
                  {t('grids.issuer')}：{l.issuerParty}；{t('grids.signer')}：{l.signerParty}；{t('grids.signedOn')}：{l.signedOn}
                </Typography.Paragraph>
                <AttachmentPanel ownerKind="responsibility_letter" ownerId={l.id} files={l.files} canUpload canDownload onChanged={refresh} />
              </Card>
            ))}
            <Flex gap={8} wrap>
              <Input style={{ width: 220 }} placeholder={t('grids.letterTitle')} value={letter.title} onChange={(e) => setLetter({ ...letter, title: e.target.value })} />
              <Input style={{ width: 180 }} placeholder={t('grids.issuer')} value={letter.issuerParty} onChange={(e) => setLetter({ ...letter, issuerParty: e.target.value })} />
              <Input style={{ width: 180 }} placeholder={t('grids.signer')} value={letter.signerParty} onChange={(e) => setLetter({ ...letter, signerParty: e.target.value })} />
              <DatePicker placeholder={t('grids.signedOn')} value={letter.signedOn ? dayjs(letter.signedOn) : null} onChange={(d) => setLetter({ ...letter, signedOn: d ? d.format('YYYY-MM-DD') : '' })} />
              <Button onClick={() => createLetter.mutate({ gridId: grid.id, ...letter }, { onSuccess: () => setLetter({ title: '', issuerParty: '', signerParty: '', signedOn: '' }) })}>{t('grids.addLetter')}</Button>
            </Flex>
          </Card>
        </Flex>
      )}
    </Drawer>
  );
}
