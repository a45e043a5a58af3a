import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsClient } from 'aws4fetch';
import S3rver from 's3rver';
import { s3Store } from '../src';
import { countyToday, failure, startTestStack, type TestStack } from './harness';
import { downloadFile, PDF, PNG, uploadFile } from './attachment-http';

/**
 * The one attachment store over real HTTP: multipart uploads and downloads beside tRPC, type
 * sniffing, the size limit while streaming, townships and their status, a unit handler's reach,
 * and the S3-compatible store against a local S3 server (s3rver).
 */
let stack: TestStack;
let xikou: string;
let longtan: string;
let unitId: string;
let otherUnitId: string;
let transportId: string;
const tokens: Record<string, string> = {};
const token = (username: string) => tokens[username]!;
const staff = () => stack.client('xikou.staff', { tenantId: xikou });
const handler = () => stack.client('xikou.handler', { tenantId: xikou });

async function assignedSuggestion(title: string, unit: string, type: 'unit' | 'department' = 'unit') {
  const deputies = await stack.ownerDb.deputy.findMany({ where: { tenantId: xikou, status: 'serving' }, take: 1 });
  const created = await staff().suggestions.create.mutate({ kind: 'suggestion', source: 'between_sessions', title, content: `${title}。`, topic: 'roads_transport', leadDeputyId: deputies[0]!.id, coSignerIds: [], submittedOn: countyToday() });
  const accepted = await staff().suggestions.step.mutate({ id: created.id, version: created.version, action: 'accept', payload: {} });
  await staff().suggestions.assignMany.mutate({ items: [{ id: created.id, version: accepted.version, lead: { type, id: unit }, co: [], complexity: 'standard' }] });
  return created.id;
}

async function issuedRectification(title: string, unit: string, type: 'unit' | 'department' = 'unit') {
  const activity = await staff().supervision.activities.create.mutate({ kind: 'inspection', title: `${title}视察`, startDate: countyToday() });
  return (await staff().supervision.rectifications.issue.mutate({ source: 'finding', activityId: activity.id, title, description: '现场发现的问题', assignee: { type, id: unit } })).id;
}

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
  for (const username of ['xikou.staff', 'xikou.handler', 'xikou.grid', 'longtan.admin', 'county', 'transport']) tokens[username] = await stack.tokenFor(username);
  unitId = (await stack.ownerDb.membership.findFirstOrThrow({ where: { user: { username: 'xikou.handler' } } })).handlingUnitId!;
  otherUnitId = (await stack.ownerDb.handlingUnit.findFirstOrThrow({ where: { tenantId: xikou, id: { not: unitId }, active: true } })).id;
  transportId = (await stack.ownerDb.countyDepartment.findFirstOrThrow({ where: { code: 'transport' } })).id;
}, 120_000);
afterAll(() => stack?.close());

describe('upload and download', () => {
  it('keeps a file the office uploads and sends it back as a download', async () => {
    const suggestion = await assignedSuggestion('附件往返测试', otherUnitId);
    const up = await uploadFile(stack.apiUrl, token('xikou.staff'), xikou, 'suggestion', suggestion, '../答复 函.pdf', PDF);
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ fileName: '答复 函.pdf', contentType: 'application/pdf', size: PDF.length });

    const down = await downloadFile(stack.apiUrl, token('xikou.staff'), xikou, up.body.id!);
    expect(down.status).toBe(200);
    expect(down.bytes.equals(PDF)).toBe(true);
    expect(down.headers.get('content-type')).toBe('application/pdf');
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
    expect(down.headers.get('content-disposition')).toBe(`attachment; filename="?? ?.pdf"; filename*=UTF-8''${encodeURIComponent('答复 函.pdf')}`);

    const detail = await staff().suggestions.get.query({ id: suggestion });
    expect(detail.attachments).toEqual([expect.objectContaining({ id: up.body.id, fileName: '答复 函.pdf', uploaderName: expect.any(String), uploaderUnitName: null, removable: true })]);
    const audit = await stack.ownerDb.auditLog.findFirstOrThrow({ where: { entity: 'Attachment', entityId: up.body.id! } });
    expect(audit.action).toBe('attach');
  });

  it('keeps the type the bytes show, and refuses disguised, unknown and empty files', async () => {
    const suggestion = await assignedSuggestion('类型检测测试', otherUnitId);
    const send = (name: string, data: Uint8Array) => uploadFile(stack.apiUrl, token('xikou.staff'), xikou, 'suggestion', suggestion, name, data);
    expect((await send('现场.png', PNG)).body.contentType).toBe('image/png');
    for (const [name, data] of [
      ['报告.pdf', Buffer.from('MZ\x90\x00 a program, not a pdf')],
      ['报告.pdf', PNG],
      ['page.html', Buffer.from('<html><script>alert(1)</script></html>')],
      ['空.pdf', Buffer.alloc(0)],
    ] as const) {
      const answer = await send(name, data);
      expect(answer.status, name).toBe(400);
      expect(answer.body.error?.data?.fieldIssues?.[0]?.path, name).toBe('file');
    }
    expect(await stack.ownerDb.attachment.count({ where: { ownerId: suggestion } })).toBe(1);
  });

  it('refuses a body that is not one multipart file', async () => {
    const suggestion = await assignedSuggestion('格式测试', otherUnitId);
    const res = await fetch(`${stack.apiUrl}/attachments/suggestion/${suggestion}`, { method: 'POST', headers: { authorization: `Bearer ${token('xikou.staff')}`, 'x-tenant-id': xikou, 'content-type': 'application/json' }, body: '{"contentBase64":"JVBERg=="}' });
    expect(res.status).toBe(400);
    const form = new FormData();
    form.append('other', new Blob([PDF]), 'a.pdf');
    const wrongField = await fetch(`${stack.apiUrl}/attachments/suggestion/${suggestion}`, { method: 'POST', headers: { authorization: `Bearer ${token('xikou.staff')}`, 'x-tenant-id': xikou }, body: form });
    expect(wrongField.status).toBe(400);
  });
});

describe('limits', () => {
  it('refuses a declared size over the limit before reading, and stops reading a streamed file at the limit', async () => {
    const api = await stack.startApi({ maxFileBytes: 64 * 1024 });
    try {
      const suggestion = await assignedSuggestion('大小限制测试', otherUnitId);
      const big = Buffer.concat([PDF, Buffer.alloc(200 * 1024, 0x20)]);
      const declared = await uploadFile(api.url, token('xikou.staff'), xikou, 'suggestion', suggestion, 'big.pdf', big);
      expect(declared.status).toBe(413);
      expect(declared.body.error?.data?.messages?.zh).toBe('文件不能超过0.1MB');

      // Chunked, so no length is declared: the file is counted as it arrives.
      const { status, sent } = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
        const { hostname, port } = new URL(api.url);
        const boundary = 'b0undary';
        const req = request({ hostname, port, method: 'POST', path: `/attachments/suggestion/${suggestion}`, headers: { authorization: `Bearer ${token('xikou.staff')}`, 'x-tenant-id': xikou, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' } });
        let sent = 0;
        let answered = false;
        req.on('response', (res) => {
          answered = true;
          res.resume();
          resolve({ status: res.statusCode!, sent });
        });
        req.on('error', (error) => (answered ? undefined : reject(error)));
        req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (!answered && sent < 20 * 1024 * 1024) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (!answered) req.end();
        };
        pump();
      });
      expect(status).toBe(413);
      expect(sent).toBeLessThan(8 * 1024 * 1024);
      expect(await stack.ownerDb.attachment.count({ where: { ownerId: suggestion } })).toBe(0);
    } finally {
      await api.close();
    }
  });

  it('caps the files of one item', async () => {
    const api = await stack.startApi({ maxFilesPerOwner: 1 });
    try {
      const suggestion = await assignedSuggestion('数量限制测试', otherUnitId);
      expect((await uploadFile(api.url, token('xikou.staff'), xikou, 'suggestion', suggestion, 'a.pdf', PDF)).status).toBe(201);
      expect((await uploadFile(api.url, token('xikou.staff'), xikou, 'suggestion', suggestion, 'b.pdf', PDF)).status).toBe(400);
    } finally {
      await api.close();
    }
  });
});

describe('who may', () => {
  it('asks for a token, and answers ids of another township, unknown ids and kinds as not found', async () => {
    const suggestion = await assignedSuggestion('越界测试', otherUnitId);
    expect((await uploadFile(stack.apiUrl, undefined, xikou, 'suggestion', suggestion, 'a.pdf', PDF)).status).toBe(401);
    expect((await uploadFile(stack.apiUrl, 'not-a-token', xikou, 'suggestion', suggestion, 'a.pdf', PDF)).status).toBe(401);

    const theirs = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { tenantId: longtan } });
    for (const [kind, id] of [['suggestion', theirs.id], ['suggestion', crypto.randomUUID()], ['suggestion', 'not-a-uuid'], ['spaceship', suggestion]]) {
      const answer = await uploadFile(stack.apiUrl, token('xikou.staff'), xikou, kind!, id!, 'a.pdf', PDF);
      expect({ kind, status: answer.status, code: answer.body.error?.data?.code }).toEqual({ kind, status: 404, code: 'NOT_FOUND' });
    }
    // Longtan's own file, asked for from Xikou.
    const theirFile = await uploadFile(stack.apiUrl, token('longtan.admin'), longtan, 'suggestion', theirs.id, 'longtan.pdf', PDF);
    expect(theirFile.status).toBe(201);
    expect((await downloadFile(stack.apiUrl, token('xikou.staff'), xikou, theirFile.body.id!)).status).toBe(404);
    expect((await downloadFile(stack.apiUrl, token('xikou.staff'), xikou, crypto.randomUUID())).status).toBe(404);
    expect((await failure(staff().attachments.delete.mutate({ id: theirFile.body.id! }))).data?.code).toBe('NOT_FOUND');
    // A grid worker has no area with files.
    expect((await uploadFile(stack.apiUrl, token('xikou.grid'), xikou, 'suggestion', suggestion, 'a.pdf', PDF)).status).toBe(403);
  });

  it('refuses uploads and downloads in a suspended township', async () => {
    const suggestion = await assignedSuggestion('停用测试', otherUnitId);
    const kept = await uploadFile(stack.apiUrl, token('xikou.staff'), xikou, 'suggestion', suggestion, 'a.pdf', PDF);
    await stack.ownerDb.tenant.update({ where: { id: xikou }, data: { status: 'suspended' } });
    try {
      const up = await uploadFile(stack.apiUrl, token('xikou.staff'), xikou, 'suggestion', suggestion, 'b.pdf', PDF);
      expect({ status: up.status, code: up.body.error?.data?.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      expect((await downloadFile(stack.apiUrl, token('xikou.staff'), xikou, kept.body.id!)).status).toBe(403);
    } finally {
      await stack.ownerDb.tenant.update({ where: { id: xikou }, data: { status: 'active' } });
    }
  });

  it("lets a handler attach to its unit's items only, and remove only its own uploads", async () => {
    const mine = await assignedSuggestion('承办单位答复函测试', unitId);
    const others = await assignedSuggestion('其他单位的建议', otherUnitId);
    const reply = await uploadFile(stack.apiUrl, token('xikou.handler'), xikou, 'suggestion', mine, '答复函.pdf', PDF);
    expect(reply.status).toBe(201);
    const unitName = (await stack.ownerDb.handlingUnit.findUniqueOrThrow({ where: { tenantId_id: { tenantId: xikou, id: unitId } } })).name;
    expect(reply.body.uploaderUnitName).toBe(unitName);

    const notTheirs = await uploadFile(stack.apiUrl, token('xikou.handler'), xikou, 'suggestion', others, '答复函.pdf', PDF);
    expect({ status: notTheirs.status, code: notTheirs.body.error?.data?.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const officeFile = await uploadFile(stack.apiUrl, token('xikou.staff'), xikou, 'suggestion', others, '交办单.pdf', PDF);
    expect((await downloadFile(stack.apiUrl, token('xikou.handler'), xikou, officeFile.body.id!)).status).toBe(404);
    expect((await failure(handler().attachments.list.query({ ownerKind: 'suggestion', ownerId: others }))).data?.code).toBe('NOT_FOUND');
    // No deputies-area item is a handler's, whatever its id.
    const meeting = await stack.ownerDb.congressMeeting.findFirstOrThrow({ where: { tenantId: xikou } });
    expect((await uploadFile(stack.apiUrl, token('xikou.handler'), xikou, 'meeting', meeting.id, 'a.pdf', PDF)).status).toBe(403);

    // Rectification evidence, on a task of its unit.
    const task = await issuedRectification('整改佐证测试', unitId);
    const evidence = await uploadFile(stack.apiUrl, token('xikou.handler'), xikou, 'rectification', task, '整改照片.png', PNG);
    expect(evidence.status).toBe(201);
    const otherTask = await issuedRectification('其他单位整改', otherUnitId);
    expect((await uploadFile(stack.apiUrl, token('xikou.handler'), xikou, 'rectification', otherTask, '整改照片.png', PNG)).status).toBe(404);

    // The office sees both in the items' details (their timelines), with the unit named.
    const officeView = await staff().suggestions.get.query({ id: mine });
    expect(officeView.attachments).toEqual([expect.objectContaining({ fileName: '答复函.pdf', uploaderUnitName: unitName, removable: true })]);
    const officeTask = await staff().supervision.rectifications.get.query({ id: task });
    expect(officeTask.attachments.map((a) => a.fileName)).toEqual(['整改照片.png']);
    // So does the county, by name.
    const countyView = await stack.client('county').countySupervision.suggestions.get.query({ id: mine });
    expect(countyView.attachments).toEqual([expect.objectContaining({ fileName: '答复函.pdf', uploaderUnitName: unitName, removable: false })]);
    const countyTask = await stack.client('county').countySupervision.rectifications.get.query({ id: task });
    expect(countyTask.attachments.map((a) => a.fileName)).toEqual(['整改照片.png']);

    // The handler removes its own upload only; the office's file on its item is not its to remove.
    const officeOnMine = await uploadFile(stack.apiUrl, token('xikou.staff'), xikou, 'suggestion', mine, '交办单.pdf', PDF);
    const handlerView = await handler().suggestions.get.query({ id: mine });
    expect(handlerView.attachments.map((a) => [a.fileName, a.removable])).toEqual([['答复函.pdf', true], ['交办单.pdf', false]]);
    expect((await failure(handler().attachments.delete.mutate({ id: officeOnMine.body.id! }))).data?.code).toBe('NOT_FOUND');
    await handler().attachments.delete.mutate({ id: reply.body.id! });
    expect((await staff().suggestions.get.query({ id: mine })).attachments.map((a) => a.fileName)).toEqual(['交办单.pdf']);
    const detach = await stack.ownerDb.auditLog.findFirstOrThrow({ where: { entity: 'Attachment', entityId: reply.body.id!, action: 'detach' } });
    expect(detach.actorName).toBe('xikou.handler');
  });
});

describe('a county department handler', () => {
  const transport = () => stack.client('transport');
  // No township is sent: the department works in the township of the item it names.
  const upload = (kind: string, id: string, name: string, data: Uint8Array) => uploadFile(stack.apiUrl, token('transport'), undefined, kind, id, name, data);
  const download = (id: string) => downloadFile(stack.apiUrl, token('transport'), undefined, id);

  it("attaches its reply letter and evidence to its department's items, which the office and the county see", async () => {
    const mine = await assignedSuggestion('县交通局答复函测试', transportId, 'department');
    const departmentName = (await stack.ownerDb.countyDepartment.findUniqueOrThrow({ where: { id: transportId } })).name;
    const reply = await upload('suggestion', mine, '交通局答复函.pdf', PDF);
    expect(reply.status).toBe(201);
    expect(reply.body.uploaderUnitName).toBe(departmentName);
    const down = await download(reply.body.id!);
    expect(down.status).toBe(200);
    expect(down.bytes.equals(PDF)).toBe(true);

    const task = await issuedRectification('县交通局整改佐证测试', transportId, 'department');
    const evidence = await upload('rectification', task, '护栏照片.png', PNG);
    expect(evidence.status).toBe(201);

    // Its detail screens list them, removable by it, and let it attach more.
    const detail = await transport().department.suggestions.get.query({ id: mine });
    expect(detail).toMatchObject({ canAttach: true, attachments: [expect.objectContaining({ fileName: '交通局答复函.pdf', uploaderUnitName: departmentName, removable: true })] });
    const taskDetail = await transport().department.rectifications.get.query({ id: task });
    expect(taskDetail).toMatchObject({ canAttach: true, attachments: [expect.objectContaining({ fileName: '护栏照片.png', removable: true })] });

    // The township office sees them with the department named, and downloads them.
    expect((await staff().suggestions.get.query({ id: mine })).attachments).toEqual([expect.objectContaining({ fileName: '交通局答复函.pdf', uploaderUnitName: departmentName, removable: true })]);
    expect((await downloadFile(stack.apiUrl, token('xikou.staff'), xikou, evidence.body.id!)).bytes.equals(PNG)).toBe(true);
    // The county standing committee sees them by name in the items' timelines.
    const county = stack.client('county');
    expect(await county.countySupervision.suggestions.get.query({ id: mine })).toMatchObject({ canAttach: false, attachments: [expect.objectContaining({ fileName: '交通局答复函.pdf', uploaderUnitName: departmentName, removable: false })] });
    expect((await county.countySupervision.rectifications.get.query({ id: task })).attachments.map((a) => a.fileName)).toEqual(['护栏照片.png']);

    // It removes its own upload only; the office's file on its item is not its to remove.
    const officeFile = await uploadFile(stack.apiUrl, token('xikou.staff'), xikou, 'suggestion', mine, '交办单.pdf', PDF);
    expect((await transport().department.suggestions.get.query({ id: mine })).attachments.map((a) => [a.fileName, a.removable])).toEqual([['交通局答复函.pdf', true], ['交办单.pdf', false]]);
    expect((await failure(transport().department.attachments.delete.mutate({ id: officeFile.body.id! }))).data?.code).toBe('NOT_FOUND');
    await transport().department.attachments.delete.mutate({ id: reply.body.id! });
    expect((await staff().suggestions.get.query({ id: mine })).attachments.map((a) => a.fileName)).toEqual(['交办单.pdf']);
    const detach = await stack.ownerDb.auditLog.findFirstOrThrow({ where: { entity: 'Attachment', entityId: reply.body.id!, action: 'detach' } });
    expect(detach.actorName).toBe('transport');
  });

  it("answers any item not assigned to its department, and its files, as not found", async () => {
    const unitItem = await assignedSuggestion('乡镇单位的建议', otherUnitId);
    const unitTask = await issuedRectification('乡镇单位的整改', otherUnitId);
    const officeFile = await uploadFile(stack.apiUrl, token('xikou.staff'), xikou, 'suggestion', unitItem, '交办单.pdf', PDF);
    for (const [kind, id] of [['suggestion', unitItem], ['rectification', unitTask], ['suggestion', crypto.randomUUID()], ['rectification', crypto.randomUUID()], ['suggestion', 'not-a-uuid']]) {
      const answer = await upload(kind!, id!, 'a.pdf', PDF);
      expect({ kind, id, status: answer.status, code: answer.body.error?.data?.code }).toEqual({ kind, id, status: 404, code: 'NOT_FOUND' });
    }
    expect((await download(officeFile.body.id!)).status).toBe(404);
    expect((await download(crypto.randomUUID())).status).toBe(404);
    expect((await failure(transport().department.attachments.delete.mutate({ id: officeFile.body.id! }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(transport().department.attachments.delete.mutate({ id: crypto.randomUUID() }))).data?.code).toBe('NOT_FOUND');
    // Another township's item not assigned to it is unknown too.
    const theirs = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { tenantId: longtan, assignments: { none: { departmentId: transportId } } } });
    expect((await upload('suggestion', theirs.id, 'a.pdf', PDF)).status).toBe(404);
    // No deputies-area item is a department's, whatever its id.
    const meeting = await stack.ownerDb.congressMeeting.findFirstOrThrow({ where: { tenantId: xikou } });
    expect((await upload('meeting', meeting.id, 'a.pdf', PDF)).status).toBe(403);
    // The tRPC routes of the township stay closed to it (it has no township).
    expect((await failure(transport().attachments.list.query({ ownerKind: 'suggestion', ownerId: unitItem }))).data?.code).toBe('FORBIDDEN');
    expect(await stack.ownerDb.attachment.count({ where: { uploadedById: (await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'transport' } })).id, ownerId: { in: [unitItem, unitTask, theirs.id] } } })).toBe(0);
  });

  it("is refused in a suspended township (its items there are out of reach) and may only read in an archived one", async () => {
    const mine = await assignedSuggestion('停用乡镇的部门建议', transportId, 'department');
    const kept = await upload('suggestion', mine, '答复函.pdf', PDF);
    expect(kept.status).toBe(201);
    await stack.ownerDb.tenant.update({ where: { id: xikou }, data: { status: 'suspended' } });
    try {
      const up = await upload('suggestion', mine, '再次答复.pdf', PDF);
      expect({ status: up.status, code: up.body.error?.data?.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect((await download(kept.body.id!)).status).toBe(404);
      expect((await failure(transport().department.attachments.delete.mutate({ id: kept.body.id! }))).data?.code).toBe('NOT_FOUND');
      await stack.ownerDb.tenant.update({ where: { id: xikou }, data: { status: 'archived' } });
      const archived = await upload('suggestion', mine, '再次答复.pdf', PDF);
      expect({ status: archived.status, code: archived.body.error?.data?.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      expect(archived.body.error?.data?.messages?.zh).toBe('该乡镇已归档，只读');
      expect((await download(kept.body.id!)).bytes.equals(PDF)).toBe(true);
      expect((await failure(transport().department.attachments.delete.mutate({ id: kept.body.id! }))).data?.code).toBe('FORBIDDEN');
    } finally {
      await stack.ownerDb.tenant.update({ where: { id: xikou }, data: { status: 'active' } });
    }
    expect(await stack.ownerDb.attachment.count({ where: { ownerId: mine } })).toBe(1);
  });
});

describe('S3-compatible store', () => {
  it('keeps bytes in object storage and the metadata in PostgreSQL', async () => {
    const directory = mkdtempSync(join(tmpdir(), 's3rver-'));
    const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'pcs-attachments', configs: [] }] });
    const address = await s3.run();
    const settings = { endpoint: `http://127.0.0.1:${address.port}`, bucket: 'pcs-attachments', region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    const api = await stack.startApi(undefined, { attachmentStore: s3Store(settings) });
    try {
      const suggestion = await assignedSuggestion('对象存储测试', otherUnitId);
      const up = await uploadFile(api.url, token('xikou.staff'), xikou, 'suggestion', suggestion, '照片.png', PNG);
      expect(up.status).toBe(201);
      const row = await stack.ownerDb.attachment.findUniqueOrThrow({ where: { tenantId_id: { tenantId: xikou, id: up.body.id! } }, include: { content: true } });
      expect(row.storage).toBe('s3');
      expect(row.content).toBeNull();
      const client = new AwsClient({ accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', service: 's3', region: 'us-east-1' });
      const object = await client.fetch(`${settings.endpoint}/pcs-attachments/${xikou}/${up.body.id}`);
      expect(Buffer.from(await object.arrayBuffer()).equals(PNG)).toBe(true);

      const down = await downloadFile(api.url, token('xikou.staff'), xikou, up.body.id!);
      expect(down.bytes.equals(PNG)).toBe(true);
      // A file kept in the database before the switch is still served.
      const older = await uploadFile(stack.apiUrl, token('xikou.staff'), xikou, 'suggestion', suggestion, '旧.pdf', PDF);
      expect((await downloadFile(api.url, token('xikou.staff'), xikou, older.body.id!)).bytes.equals(PDF)).toBe(true);

      const res = await fetch(`${api.url}/trpc/attachments.delete`, { method: 'POST', headers: { authorization: `Bearer ${token('xikou.staff')}`, 'x-tenant-id': xikou, 'content-type': 'application/json' }, body: JSON.stringify({ id: up.body.id }) });
      expect(res.status).toBe(200);
      expect((await client.fetch(`${settings.endpoint}/pcs-attachments/${xikou}/${up.body.id}`)).status).toBe(404);
    } finally {
      await api.close();
      await s3.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
