import { describe, expect, it } from 'vitest';
import { coSignAnswerRefusal, coSignersAfterSave, draftSubmitRefusal, signersOfDraft, suggestionDraftSaveSchema } from './drafts';

const a = '00000000-0000-4000-8000-00000000000a';
const b = '00000000-0000-4000-8000-00000000000b';
const c = '00000000-0000-4000-8000-00000000000c';

describe('a deputy’s suggestion draft', () => {
  it('keeps the answers of co-signers kept, asks new ones, and asks everyone again when the text changed', () => {
    const before = [
      { deputyId: a, response: 'confirmed' as const },
      { deputyId: b, response: 'declined' as const },
    ];
    expect(coSignersAfterSave(before, [a, c], false)).toEqual([
      { deputyId: a, response: 'confirmed' },
      { deputyId: c, response: 'pending' },
    ]);
    expect(coSignersAfterSave(before, [b, a], true)).toEqual([
      { deputyId: b, response: 'pending' },
      { deputyId: a, response: 'pending' },
    ]);
  });

  it('is submitted once every co-signer answered; those who declined are not signers', () => {
    expect(draftSubmitRefusal('draft', [])).toBeNull();
    expect(draftSubmitRefusal('cosigning', [{ deputyId: a, response: 'pending' }])?.zh).toBe('还有1位附议代表未确认');
    expect(draftSubmitRefusal('submitted', [])?.en).toBe('the draft has been submitted');
    const answered = [
      { deputyId: b, response: 'declined' as const },
      { deputyId: a, response: 'confirmed' as const },
    ];
    expect(draftSubmitRefusal('cosigning', answered)).toBeNull();
    expect(signersOfDraft(c, answered)).toEqual([c, a]);
  });

  it('is answered by a co-signer only while the author asks', () => {
    expect(coSignAnswerRefusal('draft')).not.toBeNull();
    expect(coSignAnswerRefusal('cosigning')).toBeNull();
    expect(coSignAnswerRefusal('submitted')).not.toBeNull();
  });

  it('says in both languages what is wrong with the input', () => {
    const twice = suggestionDraftSaveSchema.safeParse({ kind: 'suggestion', title: 't', content: 'c', topic: 'other', coSignerIds: [a, a] });
    expect(twice.error?.issues[0]).toMatchObject({ path: ['coSignerIds'], params: { zh: '附议代表不能重复' } });
    const noVersion = suggestionDraftSaveSchema.safeParse({ id: a, kind: 'suggestion', title: 't', content: 'c', topic: 'other' });
    expect(noVersion.error?.issues[0]).toMatchObject({ path: ['version'] });
  });
});
