import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { SUGGESTION_KIND_LABELS, SUGGESTION_KINDS, SUGGESTION_TOPIC_LABELS, SUGGESTION_TOPICS, type SuggestionDraftSave } from '@pcs/domain';
import { ErrorAlert, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { DEPUTY_NS } from '../../i18n/deputy';

type Values = Omit<SuggestionDraftSave, 'id' | 'version'>;

/**
 * The deputy writes or edits a suggestion draft (issue 14): saved, it is theirs alone until they ask
 * the co-signers they named; it goes to the office from the draft's page once every co-signer answered.
 */
export default function DraftEditPage() {
  const { t } = useTranslation(DEPUTY_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const { id } = useParams();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useQuery(trpc.deputyWorkspace.suggestions.options.queryOptions());
  const draft = useQuery({ ...trpc.deputyWorkspace.drafts.get.queryOptions({ id: id ?? '' }), enabled: id !== undefined });
  const [form] = Form.useForm<Values>();
  const d = draft.data;
  useEffect(() => {
    if (d) form.setFieldsValue({ kind: d.kind, topic: d.topic as Values['topic'], title: d.title, content: d.content, coSignerIds: d.coSigners.map((c) => c.deputyId) });
  }, [d, form]);
  const save = useMutation(
    trpc.deputyWorkspace.drafts.save.mutationOptions({
      onSuccess: async (saved) => {
        void message.success(t('drafts.saved'));
        await queryClient.invalidateQueries({ queryKey: trpc.deputyWorkspace.pathKey() });
        navigate(`/me/drafts/${saved.id}`);
      },
    }),
  );

  return (
    <Card title={t('drafts.editTitle')} style={{ maxWidth: 560, margin: '44px auto 0' }} data-testid="deputy-draft-edit">
      {(save.error ?? draft.error) && <ErrorAlert error={save.error ?? draft.error} />}
      {d && d.coSigners.some((c) => c.response === 'confirmed') && <Alert type="info" showIcon message={t('drafts.editResets')} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ kind: 'suggestion', coSignerIds: [] }} onFinish={(values) => save.mutate(d ? { ...values, id: d.id, version: d.version } : values)}>
        <Form.Item name="kind" label={t('submit.kind')} rules={[{ required: true }]}>
          <Select options={SUGGESTION_KINDS.map((k) => ({ value: k, label: pick(SUGGESTION_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="topic" label={t('submit.topic')} rules={[{ required: true }]}>
          <Select data-testid="deputy-submit-topic" options={SUGGESTION_TOPICS.map((k) => ({ value: k, label: pick(SUGGESTION_TOPIC_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('submit.titleField')} rules={[{ required: true, max: 100 }]}>
          <Input data-testid="deputy-submit-title" />
        </Form.Item>
        <Form.Item name="content" label={t('submit.content')} rules={[{ required: true, max: 5000 }]}>
          <Input.TextArea rows={6} data-testid="deputy-submit-content" />
        </Form.Item>
        <Form.Item name="coSignerIds" label={t('submit.coSigners')} extra={t('drafts.coSignersHint')}>
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            loading={options.isLoading}
            data-testid="deputy-draft-cosigners"
            options={(options.data?.deputies ?? []).map((x) => ({ value: x.id, label: x.name }))}
          />
        </Form.Item>
        <Flex gap={8}>
          <Button onClick={() => navigate(d ? `/me/drafts/${d.id}` : '/me')} size="large" block>
            {t('drafts.back')}
          </Button>
          <Button type="primary" htmlType="submit" size="large" block loading={save.isPending} data-testid="deputy-draft-save">
            {t('drafts.save')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
