/**
 * French typography for text written with ordinary spaces: authors and translators type
 * "Prix : 3 500 FCFA ?" and readers get the no-break spaces French requires, so a line never
 * starts with « : » or splits "3 500". Applied to rendered lesson text and to UI strings.
 */
const NBSP = '\u00A0';
const NNBSP = '\u202F';

export function frenchTypography(text: string): string {
  return (
    text
      // Thin no-break space before ; ! ? and a no-break space before : and », after «.
      .replace(/[ \u00A0\u202F]+([;!?])/g, `${NNBSP}$1`)
      .replace(/[ \u00A0\u202F]+(:)(?=\s|$)/g, `${NBSP}$1`)
      .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
      .replace(/[ \u00A0\u202F]*»/g, `${NBSP}»`)
      // Digit groups: "1 500 000" keeps together; the number keeps its unit or percent sign.
      .replace(/(\d)[ \u00A0](?=\d{3}(?!\d))/g, `$1${NNBSP}`)
      .replace(/(\d)[ \u00A0\u202F]+(%|‰|FCFA|F CFA|MRU|RWF|€)/g, `$1${NBSP}$2`)
  );
}
