import { afterAll, describe, expect, it, vi } from 'vitest';
import { currentLanguage, i18n, loadLanguage, registerTexts, setLanguage, textsReady } from './i18n';

// Only zh-CN is bundled; English catalogues are loaders called when English is in force or chosen (decision 82).
describe('texts per language', () => {
  afterAll(() => setLanguage('zh-CN'));

  it('keeps an English catalogue unloaded while zh-CN is in force', async () => {
    const en = vi.fn(async () => ({ title: 'Title' }));
    registerTexts('t1', { 'zh-CN': { title: '标题' }, en });
    await textsReady();
    expect(currentLanguage()).toBe('zh-CN');
    expect(i18n.t('t1:title')).toBe('标题');
    expect(en).not.toHaveBeenCalled();
  });

  it('loads every registered English catalogue before switching, once', async () => {
    const en = vi.fn(async () => ({ title: 'Second' }));
    registerTexts('t2', { 'zh-CN': { title: '第二' }, en });
    await setLanguage('en');
    expect(currentLanguage()).toBe('en');
    expect(i18n.t('t1:title')).toBe('Title');
    expect(i18n.t('t2:title')).toBe('Second');
    expect(i18n.t('common:app.loading')).toBe('Loading…');
    await setLanguage('zh-CN');
    await setLanguage('en');
    expect(en).toHaveBeenCalledTimes(1);
  });

  it('starts loading a catalogue registered while English is in force; textsReady waits for it', async () => {
    let arrive: (texts: { title: string }) => void = () => undefined;
    const en = vi.fn(() => new Promise<{ title: string }>((resolve) => (arrive = resolve)));
    registerTexts('t3', { 'zh-CN': { title: '第三' }, en });
    expect(en).toHaveBeenCalledTimes(1);
    let ready = false;
    const waiting = textsReady().then(() => (ready = true));
    await Promise.resolve();
    expect(ready).toBe(false);
    arrive({ title: 'Third' });
    await waiting;
    expect(i18n.t('t3:title')).toBe('Third');
  });

  it('tries a failed download again on the next call', async () => {
    const en = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ title: 'Fourth' });
    await setLanguage('zh-CN');
    registerTexts('t4', { 'zh-CN': { title: '第四' }, en });
    await expect(loadLanguage('en')).rejects.toThrow('offline');
    await loadLanguage('en');
    expect(i18n.getFixedT('en', 't4')('title')).toBe('Fourth');
  });
});
