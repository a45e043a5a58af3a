import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solve } from '../src/public/proof-of-work';
import { PDF, photoJpeg } from './attachment-http';
import { startTestStack, type TestStack } from './harness';

/** The public's report page and tracking without login: proof of work, per-address budget, tracking codes per township, one follow-up. */
let stack: TestStack;
let api: { url: string; close(): Promise<void> };

beforeAll(async () => {
  stack = await startTestStack();
  api = await stack.startApi({ publicReportsPerHour: 1000, publicProofBits: 8 });
}, 120_000);
afterAll(async () => {
  await api?.close();
  await stack?.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answers are read field by field below
type Answer = { data: any; error?: unknown };
const get = async (path: string, base = api.url) => {
  const r = await fetch(`${base}${path}`);
  return { status: r.status, body: (await r.json()) as Answer };
};
const post = async (path: string, body: unknown, base = api.url) => {
  const r = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as Answer };
};

async function reportTo(code: string, over: Record<string, unknown> = {}, base = api.url) {
  const form = await get(`/public/${code}/grid-events`, base);
  expect(form.status).toBe(200);
  return post(`/public/${code}/grid-events`, {
    category: 'garbage_burning',
    place: { address: '村口垃圾池' },
    description: '有人在村口焚烧垃圾，气味很大。',
    challenge: form.body.data.challenge,
    nonce: solve(form.body.data.challenge, form.body.data.bits),
    ...over,
  }, base);
}

describe('public grid-event reports', () => {
  it('a report without login returns a tracking code; the reporter follows it, never seeing who handles it; one follow-up once closed', async () => {
    const form = await get('/public/xikou/grid-events');
    expect(form.body.data).toMatchObject({ township: '溪口镇', bits: 8 });
    expect(form.body.data.grids.length).toBeGreaterThan(0);
    const sent = await reportTo('xikou', { gridId: form.body.data.grids[0].id });
    expect(sent.status).toBe(200);
    const { trackingCode, number } = sent.body.data;
    expect(trackingCode).toMatch(/^[2-9A-Z]{10}$/);

    const status = await get(`/public/xikou/grid-events/${trackingCode}`);
    expect(status.body.data).toMatchObject({ number, status: 'received', followUpOpen: false });
    // Another township's page does not know the code.
    expect((await get(`/public/longtan/grid-events/${trackingCode}`)).status).toBe(404);

    // The office works it to closure.
    const office = stack.client('xikou.admin');
    const event = (await office.gridEvents.list.query({ search: number })).items[0]!;
    expect(event).toMatchObject({ source: 'public', reporterName: '群众', reporterUserId: null });
    const unit = await stack.ownerDb.handlingUnit.findFirstOrThrow({ where: { tenantId: event.tenantId } });
    expect((await post(`/public/xikou/grid-events/${trackingCode}/follow-up`, { resolved: true, satisfaction: 'satisfied' })).status).toBe(409);
    let v = (await office.gridEvents.step.mutate({ id: event.id, version: event.version, action: 'accept', payload: {} })).version;
    v = (await office.gridEvents.step.mutate({ id: event.id, version: v, action: 'dispatch', payload: { target: { type: 'unit', id: unit.id } } })).version;
    await stack.ownerDb.gridEvent.updateMany({ where: { tenantId: event.tenantId, id: event.id }, data: { state: 'fed_back', feedback: '已清理并劝导。', handlerName: '赵敏' } });
    await office.gridEvents.step.mutate({ id: event.id, version: v, action: 'verify_pass', payload: {} });

    const closed = await get(`/public/xikou/grid-events/${trackingCode}`);
    expect(closed.body.data).toMatchObject({ status: 'closed', feedback: '已清理并劝导。', followUpOpen: true });
    expect(JSON.stringify(closed.body)).not.toContain('赵敏');
    expect(JSON.stringify(closed.body)).not.toContain(unit.name);
    expect((await post(`/public/xikou/grid-events/${trackingCode}/follow-up`, { resolved: true, satisfaction: 'basically_satisfied' })).status).toBe(200);
    expect((await post(`/public/xikou/grid-events/${trackingCode}/follow-up`, { resolved: false, satisfaction: 'unsatisfied' })).status).toBe(409);
    expect((await get(`/public/xikou/grid-events/${trackingCode}`)).body.data.followUp).toEqual({ resolved: true, satisfaction: 'basically_satisfied' });
  });

  it('refuses a report without a solved challenge, a reused challenge, and bad input naming the field', async () => {
    const form = await get('/public/longtan/grid-events');
    const base = { category: 'other', place: { address: '河边' }, description: '河边有死鱼漂浮。', challenge: form.body.data.challenge };
    const unsolved = await post('/public/longtan/grid-events', { ...base, nonce: 'x' });
    // (x may solve an 8-bit challenge by chance: then the next check sees the challenge used.)
    const nonce = solve(form.body.data.challenge, 8);
    if (unsolved.status === 400) expect(JSON.stringify(unsolved.body)).toContain('nonce');
    const first = await post('/public/longtan/grid-events', { ...base, nonce });
    const again = await post('/public/longtan/grid-events', { ...base, nonce });
    expect(again.status).toBe(400);
    expect(JSON.stringify(again.body)).toContain('nonce');
    expect([200, 400]).toContain(first.status);
    const bad = await post('/public/longtan/grid-events', { ...base, category: 'nonsense', nonce });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('category');
    expect((await get('/public/nosuchplace/grid-events')).status).toBe(404);
    expect((await get('/public/xikou/grid-events/not-a-code')).status).toBe(404);
  });

  it('counts reports per address: past the budget, 429 with Retry-After', async () => {
    const small = await stack.startApi({ publicReportsPerHour: 2, publicProofBits: 8 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await reportTo('chengnan', {}, small.url)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const refused = await fetch(`${small.url}/public/chengnan/grid-events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(refused.status).toBe(400);
    } finally {
      await small.close();
    }
  });
  it('takes photos of one\'s own report by its tracking code: images only, not after closing, not through another township', async () => {
    const sent = await reportTo('xikou');
    const { trackingCode, number } = sent.body.data;
    const upload = async (code: string, tracking: string, name: string, data: Uint8Array) => {
      const form = new FormData();
      form.append('file', new Blob([data]), name);
      const r = await fetch(`${api.url}/public/${code}/grid-events/${tracking}/photos`, { method: 'POST', body: form });
      return { status: r.status, body: (await r.json()) as Answer };
    };
    const photo = await upload('xikou', trackingCode, '现场.jpg', await photoJpeg({ takenAt: '2026:11:20 09:30:00' }));
    expect(photo.status).toBe(200);
    const wrongType = await upload('xikou', trackingCode, '说明.pdf', PDF);
    expect(wrongType.status).toBe(400);
    expect(JSON.stringify(wrongType.body)).toContain('file');
    expect((await upload('longtan', trackingCode, '现场.jpg', await photoJpeg())).status).toBe(404);
    expect((await upload('xikou', 'ABCDEFGHJK', '现场.jpg', await photoJpeg())).status).toBe(404);
    // The office sees the photo on the event, marked as the public's.
    const office = stack.client('xikou.admin');
    const event = (await office.gridEvents.list.query({ search: number })).items[0]!;
    const files = await stack.ownerDb.attachment.findMany({ where: { ownerKind: 'grid_event', ownerId: event.id } });
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ uploaderName: '群众', uploadedById: null, contentType: 'image/jpeg' });
    // Closed: no more photos.
    await stack.ownerDb.gridEvent.updateMany({ where: { tenantId: event.tenantId, id: event.id }, data: { state: 'closed' } });
    expect((await upload('xikou', trackingCode, '现场.jpg', await photoJpeg())).status).toBe(409);
  });
});
