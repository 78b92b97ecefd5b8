import { downloadText } from '../download';

/**
 * CSV that opens correctly in a French spreadsheet (Excel, LibreOffice): semicolon separator,
 * decimal comma, UTF-8 with a byte-order mark so accents survive, CRLF line ends.
 */
export type Cell = string | number | null | undefined;

export function toFrenchCsv(rows: Cell[][]): string {
  const cell = (value: Cell) => {
    if (value === null || value === undefined) return '';
    // A text starting like a formula (a benefit name from a shared link: « =HYPERLINK(…) ») would
    // run in the spreadsheet; a leading apostrophe makes it plain text there.
    const text = typeof value === 'number' ? String(Math.round(value * 1e6) / 1e6).replace('.', ',') : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

export function downloadCsv(filename: string, rows: Cell[][]): void {
  downloadText(filename, toFrenchCsv(rows), 'text/csv;charset=utf-8');
}
