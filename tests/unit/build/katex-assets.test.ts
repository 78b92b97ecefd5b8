import { describe, expect, it } from 'vitest';
import { katexCharacters, unusedFacesRemoved } from '../../../src/integrations/katex-assets';

describe('KaTeX assets trimming', () => {
  it('collects the characters of the HTML rendering only, entities decoded, not the MathML copy', () => {
    const html =
      '<p>Texte <span class="katex"><span class="katex-mathml"><math><mi>Z</mi></math></span>' +
      '<span class="katex-html" aria-hidden="true"><span class="base"><span class="mord mathnormal">f</span><span class="mbin">&lt;</span><span>×</span></span></span></span> après</p>';
    expect([...katexCharacters(html)].sort()).toEqual(['<', 'f', '×'].sort());
  });

  it('keeps the faces a remaining rule names, in font-family or in the font shorthand', () => {
    const css =
      '@font-face{font-family:KaTeX_Main;src:url(a.woff2)}@font-face{font-family:KaTeX_Math;src:url(b.woff2)}@font-face{font-family:KaTeX_Fraktur;src:url(c.woff2)}' +
      '.katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif}.katex .mathnormal{font-family:KaTeX_Math;font-style:italic}';
    const kept = unusedFacesRemoved(css);
    expect(kept).toContain('font-family:KaTeX_Main;src');
    expect(kept).toContain('font-family:KaTeX_Math;src');
    expect(kept).not.toContain('KaTeX_Fraktur');
  });
});
