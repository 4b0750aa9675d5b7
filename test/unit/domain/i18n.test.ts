import { describe, expect, it } from 'vitest';
import { fill, pickLanguage } from '../../../lib/domain/i18n.js';

describe('pickLanguage', () => {
  it('reads Simplified Chinese from zh, zh-CN and zh-Hans', () => {
    expect(pickLanguage('zh-CN,zh;q=0.9,en;q=0.8', 'en')).toBe('zh-CN');
    expect(pickLanguage('zh-Hans', 'en')).toBe('zh-CN');
    expect(pickLanguage('zh', 'en')).toBe('zh-CN');
  });

  it('follows q-values', () => {
    expect(pickLanguage('zh-CN;q=0.5, en-GB;q=0.9', 'zh-CN')).toBe('en');
  });

  it("falls back to the tenant's default, for no header or a language we do not speak", () => {
    expect(pickLanguage(undefined, 'zh-CN')).toBe('zh-CN');
    expect(pickLanguage('fr-FR, de;q=0.5', 'zh-CN')).toBe('zh-CN');
    expect(pickLanguage('garbage;;q=x', 'en')).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Hi {name}, {missing}', { name: 'Li' })).toBe('Hi Li, {missing}');
  });
});
