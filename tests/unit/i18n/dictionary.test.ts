import { describe, expect, it } from 'vitest';
import fr from '../../../src/i18n/fr.json';
import { t } from '../../../src/i18n/index';
import { dictionarySchema } from '../../../src/i18n/schema';

describe('UI dictionary', () => {
  it('French passes its own schema', () => {
    expect(dictionarySchema.safeParse(fr).success).toBe(true);
  });

  it('refuses a translation with a missing key or a wrong placeholder', () => {
    const missing: Record<string, string> = { ...fr };
    delete missing['nav.home'];
    expect(dictionarySchema.safeParse(missing).success).toBe(false);
    const wrong = { ...fr, 'module.days': '{jours} days' };
    const result = dictionarySchema.safeParse(wrong);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['module.days']);
  });

  it('fills placeholders with French numbers and typography', () => {
    expect(t('module.days', { days: 2.5 })).toBe('2,5 jours');
    expect(t('home.continue.link', { title: 'Le calcul' })).toBe('Continuer\u00A0: Le calcul');
  });

  it('writes every string in French with its accents (no ASCII stand-ins)', () => {
    const text = Object.values(fr).join(' ');
    expect(text).not.toMatch(/\b(Precedent|Lecon|lecon|Theme|Etude|acces)\b/);
  });
});
