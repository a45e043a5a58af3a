import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { SUGGESTION_KIND_LABELS, SUGGESTION_KINDS, SUGGESTION_TOPIC_LABELS, SUGGESTION_TOPICS, type DeputySuggestionSubmit } from '@pcs/domain';
import { ErrorAlert, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { DEPUTY_NS } from '../../i18n/texts';

/** A suggestion the deputy raises as its lead, with co-signing deputies (names only), sent to the liaison office. */
export default function SuggestionSubmitPage() {
  const { t } = useTranslation(DEPUTY_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useQuery(trpc.deputyWorkspace.suggestions.options.queryOptions());
  const submit = useMutation(
    trpc.deputyWorkspace.suggestions.submit.mutationOptions({
      onSuccess: async (created) => {
        void message.success(t('submit.submitted', { number: created.number }));
        await queryClient.invalidateQueries({ queryKey: trpc.deputyWorkspace.pathKey() });
        navigate(`/me/suggestions/${created.id}`);
      },
    }),
  );
  const [form] = Form.useForm<DeputySuggestionSubmit>();

  return (
    <Card title={t('submit.title')} style={{ maxWidth: 560, margin: '44px auto 0' }} data-testid="deputy-submit">
      {submit.error && <ErrorAlert error={submit.error} />}
      <Form form={form} layout="vertical" initialValues={{ kind: 'suggestion', coSignerIds: [] }} onFinish={(values) => submit.mutate(values)}>
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
        <Form.Item name="coSignerIds" label={t('submit.coSigners')}>
          <Select mode="multiple" showSearch optionFilterProp="label" loading={options.isLoading} options={(options.data?.deputies ?? []).map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Flex gap={8}>
          <Button onClick={() => navigate('/me')} size="large" block>
            {t('submit.back')}
          </Button>
          <Button type="primary" htmlType="submit" size="large" block loading={submit.isPending} data-testid="deputy-submit-send">
            {t('submit.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
