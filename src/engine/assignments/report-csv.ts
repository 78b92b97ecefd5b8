/**
 * The class report as spreadsheet rows: one table for a French spreadsheet (the caller writes
 * it with « ; » and decimal commas), one shaped for Moodle's gradebook import (an identifier
 * column, then one numeric grade column out of 100 per graded item).
 */
import type { ClassReport } from './report';

export type Cell = string | number | null;

export interface CsvLabels {
  name: string;
  ref: string;
  handedAt: string;
  late: string;
  overall: string;
  passed: string;
  yes: string;
  no: string;
  read: string;
  notRead: string;
  /** Column suffixes: « (score %) », « (tentatives) », « (minutes) ». */
  score: string;
  attempts: string;
  minutes: string;
}

const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

/** Rows for a French spreadsheet: everything the report table shows. */
export function reportRows(report: ClassReport, labels: CsvLabels, formatDate: (iso: string) => string): Cell[][] {
  const header: Cell[] = [labels.name, labels.ref, labels.handedAt, labels.late];
  for (const item of report.items) {
    if (item.graded) header.push(`${item.title} ${labels.score}`, `${item.title} ${labels.attempts}`, `${item.title} ${labels.minutes}`);
    else header.push(item.title);
  }
  header.push(labels.overall, labels.passed);
  const rows: Cell[][] = [header];
  for (const row of report.rows) {
    const line: Cell[] = [row.name, row.ref ?? '', formatDate(row.handedAt), row.late ? labels.yes : labels.no];
    report.items.forEach((item, i) => {
      const cell = row.cells[i]!;
      if (item.graded) line.push(percent(cell.score), cell.attempts, cell.timeMs === null ? null : Math.round(cell.timeMs / 6000) / 10);
      else line.push(cell.status === 'done' ? labels.read : labels.notRead);
    });
    line.push(percent(row.overall), row.passed === null ? '' : row.passed ? labels.yes : labels.no);
    rows.push(line);
  }
  return rows;
}

/**
 * Rows for Moodle's « Importer des notes » (CSV): the identifier first (the trainee's
 * identifier, else their name), then one grade out of 100 per graded item and the total.
 * Comma-separated with a decimal point, as Moodle reads by default.
 */
export function moodleRows(report: ClassReport, labels: Pick<CsvLabels, 'ref' | 'name' | 'overall'>): Cell[][] {
  const graded = report.items.map((item, i) => ({ item, i })).filter(({ item }) => item.graded);
  const rows: Cell[][] = [[labels.ref, labels.name, ...graded.map(({ item }) => item.title), labels.overall]];
  for (const row of report.rows) {
    rows.push([row.ref ?? row.name, row.name, ...graded.map(({ i }) => percent(row.cells[i]!.score ?? 0)), percent(row.overall ?? 0)]);
  }
  return rows;
}

/** Plain comma-separated text (UTF-8, no BOM, decimal point) for Moodle. */
export function toMoodleCsv(rows: Cell[][]): string {
  const cell = (value: Cell) => {
    if (value === null) return '';
    // Names come from receipts: one written like a formula (« =HYPERLINK(…) ») must stay text
    // if the trainer opens the file in a spreadsheet before importing it.
    const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
    return /[,"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${rows.map((row) => row.map(cell).join(',')).join('\n')}\n`;
}
