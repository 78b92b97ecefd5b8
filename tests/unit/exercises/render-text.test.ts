import { describe, expect, it } from 'vitest';
import { defaultFractionDigits, renderText } from '../../../src/engine/exercises';

// The number formatter groups digits with a narrow no-break space (U+202F).
const nb = '\u202F';
// Rendered texts have French typography: a no-break space between a number and its unit.
const sp = '\u00A0';

describe('renderText', () => {
  it('fills parameters and quantities with French numbers', () => {
    const text = renderText('{frequency} × {averageCost} × {coverageRate} % = {purePremium} FCFA', { frequency: 0.8, averageCost: 1500, coverageRate: 80 }, { purePremium: 960 });
    expect(text).toBe(`0,8 × 1${nb}500 × 80${sp}% = 960${sp}FCFA`);
  });

  it('writes thousands, decimal commas and percentages: 3 500, 12,5 %, 2 587,2', () => {
    expect(renderText('{a} FCFA, {b} %, {c}', {}, { a: 3500, b: 12.5, c: 2587.2 })).toBe(`3${nb}500${sp}FCFA, 12,5${sp}%, 2${nb}587,2`);
  });

  it('shows 2 decimals by default, 4 below 1, or the number asked for', () => {
    expect(renderText('{m}', {}, { m: 38.958333 })).toBe('38,96');
    expect(renderText('{f}', {}, { f: 0.425 })).toBe('0,425');
    expect(renderText('{m:0}', {}, { m: 38.958333 })).toBe('39');
    expect(renderText('{m:3}', {}, { m: 38.958333 })).toBe('38,958');
    expect(defaultFractionDigits(0)).toBe(2);
    expect(defaultFractionDigits(0.05)).toBe(4);
  });

  it('never shows a negative zero and keeps negative amounts', () => {
    expect(renderText('{r:2}', {}, { r: -0.001 })).toBe('0');
    expect(renderText('{r}', {}, { r: -685000 })).toBe(`-685${nb}000`);
  });

  it('lets parameters win over quantities and leaves unknown or undefined placeholders as they are', () => {
    expect(renderText('{x}', { x: 1 }, { x: 2 })).toBe('1');
    expect(renderText('{inconnu} et {nan}', {}, { nan: Number.NaN })).toBe('{inconnu} et {nan}');
  });
});
