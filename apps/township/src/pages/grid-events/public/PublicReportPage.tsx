import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Result, Select, Spin, Typography, Upload, type UploadFile } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch, useLanguage } from '@pcs/ui';
import { PUBLIC_REPORT_NS } from '../../../i18n/public-report';
import { publicCall, solveChallenge, type Bilingual } from './publicApi';

interface ReportForm {
  township: string;
  categories: Array<{ value: string; label: Bilingual }>;
  grids: Array<{ id: string; name: string }>;
  challenge: string;
  bits: number;
}
interface Values {
  category: string;
  gridId?: string;
  address: string;
  description: string;
}

const MAX_PHOTOS = 3;

/**
 * The public's report page of one township, phone first and without sign-in: category, place,
 * description and photos; a proof of work instead of a captcha; the tracking code to keep.
 */
export function PublicReportPage({ code }: { code: string }) {
  const { t } = useTranslation(PUBLIC_REPORT_NS);
  const { pick } = useLanguage();
  const [form, setForm] = useState<ReportForm | null>(null);
  const [missing, setMissing] = useState(false);
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<{ number: string; trackingCode: string; photoErrors: string[] } | null>(null);

  const load = () => void publicCall<ReportForm>(`${encodeURIComponent(code)}/grid-events`).then((r) => (r.ok ? setForm(r.value) : setMissing(true)));
  useEffect(load, [code]);

  const submit = async (values: Values) => {
    if (!form) return;
    setBusy(true);
    setError(null);
    const nonce = await solveChallenge(form.challenge, form.bits);
    const r = await publicCall<{ number: string; trackingCode: string }>(`${encodeURIComponent(code)}/grid-events`, {
      category: values.category,
      ...(values.gridId ? { gridId: values.gridId } : {}),
      place: { address: values.address },
      description: values.description,
      challenge: form.challenge,
      nonce,
    });
    if (!r.ok) {
      setBusy(false);
      setError(r.refusal.messages ? pick(r.refusal.messages) : t('failed'));
      load(); // a challenge is good once: fetch a fresh one
      return;
    }
    const photoErrors: string[] = [];
    for (const photo of photos) {
      const body = new FormData();
      body.append('file', photo.originFileObj as Blob, photo.name);
      const uploaded = await publicCall(`${encodeURIComponent(code)}/grid-events/${r.value.trackingCode}/photos`, body);
      if (!uploaded.ok) photoErrors.push(t('photoFailed', { name: photo.name, reason: uploaded.refusal.messages ? pick(uploaded.refusal.messages) : t('failed') }));
    }
    setBusy(false);
    setSent({ ...r.value, photoErrors });
  };

  return (
    <div style={{ maxWidth: 480, margin: '0 auto', padding: 16 }} data-testid="public-report">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
        <Typography.Title level={3} style={{ fontSize: 20, margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <LanguageSwitch />
      </div>
      {missing && <Result status="404" title={t('notFound')} />}
      {!form && !missing && <Spin style={{ display: 'block', marginTop: 32 }} />}
      {form && !sent && (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('intro', { township: form.township })}
          </Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="report-error" />}
          <Form<Values> layout="vertical" onFinish={(values) => void submit(values)} disabled={busy} requiredMark={false}>
            <Form.Item name="category" label={t('category')} rules={[{ required: true }]}>
              <Select data-testid="report-category" options={form.categories.map((c) => ({ value: c.value, label: pick(c.label) }))} />
            </Form.Item>
            <Form.Item name="gridId" label={t('grid')}>
              <Select data-testid="report-grid" allowClear placeholder={t('gridPlaceholder')} options={form.grids.map((g) => ({ value: g.id, label: g.name }))} />
            </Form.Item>
            <Form.Item name="address" label={t('place')} rules={[{ required: true, whitespace: true, max: 200 }]}>
              <Input data-testid="report-place" maxLength={200} />
            </Form.Item>
            <Form.Item name="description" label={t('description')} rules={[{ required: true, whitespace: true, min: 5, max: 2000 }]}>
              <Input.TextArea data-testid="report-description" rows={4} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item label={t('photos')}>
              <Upload
                accept="image/jpeg,image/png"
                capture="environment"
                listType="picture"
                multiple
                maxCount={MAX_PHOTOS}
                fileList={photos}
                beforeUpload={() => false}
                onChange={({ fileList }) => setPhotos(fileList.slice(0, MAX_PHOTOS))}
                data-testid="report-photos"
              >
                <Button icon={<CameraOutlined />}>{t('takePhoto')}</Button>
              </Upload>
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="report-submit">
              {busy ? t('solving') : t('submit')}
            </Button>
          </Form>
        </>
      )}
      {sent && (
        <Card style={{ marginTop: 16 }} data-testid="report-sent">
          <Result status="success" title={t('sent', { number: sent.number })} style={{ padding: 8 }} />
          <Typography.Paragraph>{t('codeLabel')}</Typography.Paragraph>
          <Typography.Title level={2} copyable style={{ textAlign: 'center', letterSpacing: 4 }} data-testid="report-tracking-code">
            {sent.trackingCode}
          </Typography.Title>
          {sent.photoErrors.map((message) => (
            <Alert key={message} type="warning" showIcon title={message} style={{ marginBottom: 8 }} />
          ))}
          <Button block href={`/report/${encodeURIComponent(code)}/${sent.trackingCode}`} data-testid="report-track">
            {t('track')}
          </Button>
        </Card>
      )}
    </div>
  );
}
