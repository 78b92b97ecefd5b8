import { describe, expect, it } from 'vitest';
import { inlineMarkdown } from '../../../src/lib/inline-markdown';

describe('inlineMarkdown', () => {
  it('renders bold, italic and code', () => {
    expect(inlineMarkdown('la **prime pure** et le *ticket* `TM`')).toBe('la <strong>prime pure</strong> et le <em>ticket</em> <code>TM</code>');
  });

  it('escapes HTML so content cannot inject markup', () => {
    expect(inlineMarkdown('<script>alert("x")</script> & co')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('leaves a lone multiplication star alone and applies French spacing', () => {
    expect(inlineMarkdown('0,8 * 1 500 : total ?')).toBe('0,8 * 1\u202F500\u00A0: total\u202F?');
  });
});
