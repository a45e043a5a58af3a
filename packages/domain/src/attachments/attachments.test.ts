import { describe, expect, it } from 'vitest';
import { acceptedContentType, attachmentStanding, ATTACHMENT_ACCEPT, mayRemoveAttachment, safeFileName } from './attachments';

describe('attachment standing', () => {
  it('lets the office read and write every kind of its area', () => {
    expect(attachmentStanding(['township_staff'], 'suggestion', 'write')).toBe('office');
    expect(attachmentStanding(['township_staff'], 'meeting', 'read')).toBe('office');
    expect(attachmentStanding(['township_admin'], 'rectification', 'write')).toBe('office');
  });

  it('lets a handler attach only to suggestions and rectifications, as its unit', () => {
    expect(attachmentStanding(['township_handler'], 'suggestion', 'write')).toBe('unit');
    expect(attachmentStanding(['township_handler'], 'rectification', 'read')).toBe('unit');
    for (const kind of ['petition', 'meeting', 'duty_activity', 'document', 'reception'] as const) {
      expect(attachmentStanding(['township_handler'], kind, 'read'), kind).toBeNull();
    }
  });

  it('refuses roles without the area', () => {
    expect(attachmentStanding(['grid_worker'], 'suggestion', 'read')).toBeNull();
    expect(attachmentStanding([], 'meeting', 'read')).toBeNull();
  });

  it('lets a handler remove only its own uploads, the office any', () => {
    expect(mayRemoveAttachment('office', false)).toBe(true);
    expect(mayRemoveAttachment('unit', true)).toBe(true);
    expect(mayRemoveAttachment('unit', false)).toBe(false);
    expect(mayRemoveAttachment(null, true)).toBe(false);
  });
});

describe('accepted content type', () => {
  it('keeps the sniffed type when the extension agrees', () => {
    expect(acceptedContentType('application/pdf', '答复函.PDF')).toBe('application/pdf');
    expect(acceptedContentType('image/jpeg', 'IMG_0001.jpeg')).toBe('image/jpeg');
    expect(acceptedContentType('application/x-cfb', '旧表.xls')).toBe('application/vnd.ms-excel');
    expect(acceptedContentType('application/x-cfb', '旧文.doc')).toBe('application/msword');
  });

  it('refuses unknown bytes, other types and a name that disagrees', () => {
    expect(acceptedContentType(undefined, 'a.pdf')).toBeNull();
    expect(acceptedContentType('text/html', 'a.html')).toBeNull();
    expect(acceptedContentType('application/x-msdownload', 'a.pdf')).toBeNull();
    expect(acceptedContentType('image/png', 'a.pdf')).toBeNull();
    expect(acceptedContentType('application/pdf', 'pdf')).toBeNull();
    expect(acceptedContentType('application/x-cfb', 'a.msi')).toBeNull();
  });

  it('offers every type and extension to the file picker', () => {
    expect(ATTACHMENT_ACCEPT.split(',')).toEqual(expect.arrayContaining(['application/pdf', '.pdf', '.jpeg', '.xls']));
  });
});

describe('safe file names', () => {
  it('keeps an ordinary name', () => {
    expect(safeFileName('整改报告 (终稿).pdf')).toBe('整改报告 (终稿).pdf');
  });

  it('drops folders, control and direction characters and leading dots', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\a\\答复函.docx')).toBe('答复函.docx');
    expect(safeFileName('a\u0000b\r\n.pdf')).toBe('ab.pdf');
    expect(safeFileName('report\u202Efdp.exe')).toBe('reportfdp.exe');
    expect(safeFileName('...hidden.png')).toBe('hidden.png');
    expect(safeFileName('a"b<c>.pdf')).toBe('abc.pdf');
  });

  it('shortens a long name and keeps its extension', () => {
    const name = safeFileName(`${'长'.repeat(300)}.pdf`);
    expect([...name]).toHaveLength(120);
    expect(name.endsWith('长.pdf')).toBe(true);
  });

  it('names a file that has nothing left', () => {
    expect(safeFileName('')).toBe('file');
    expect(safeFileName('/..')).toBe('file');
  });
});
