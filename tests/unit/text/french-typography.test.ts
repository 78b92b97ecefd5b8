import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../../src/engine/text/french-typography';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('frenchTypography', () => {
  it('puts no-break spaces before high punctuation', () => {
    expect(frenchTypography('Pourquoi ? Voici : la règle ; enfin !')).toBe(
      `Pourquoi${NNBSP}? Voici${NBSP}: la règle${NNBSP}; enfin${NNBSP}!`,
    );
  });

  it('keeps guillemets with their words', () => {
    expect(frenchTypography('le « ticket modérateur » ici')).toBe(`le «${NBSP}ticket modérateur${NBSP}» ici`);
    expect(frenchTypography('«mot»')).toBe(`«${NBSP}mot${NBSP}»`);
  });

  it('groups thousands and binds units', () => {
    expect(frenchTypography('3 500 FCFA et 1 500 000 habitants, 12 %')).toBe(
      `3${NNBSP}500${NBSP}FCFA et 1${NNBSP}500${NNBSP}000 habitants, 12${NBSP}%`,
    );
  });

  it('leaves times, years lists and URLs alone', () => {
    expect(frenchTypography('à 10:30, en 2013 2014')).toBe('à 10:30, en 2013 2014');
    expect(frenchTypography('http://exemple.org')).toBe('http://exemple.org');
  });
});
