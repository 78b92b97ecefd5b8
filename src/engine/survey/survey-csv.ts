/**
 * The survey as a CSV file for French spreadsheets: UTF-8 with a byte-order mark (so Excel reads
 * the accents), `;` between fields and a decimal comma, as French Excel and LibreOffice expect.
 * `parseSurveyCsv` reads it back (the content test checks the round trip).
 */
import type { SurveyHousehold } from './household-survey';

/** Column headers, in the order of `FIELDS`. */
export const SURVEY_CSV_HEADERS = [
  'menage',
  'personnes',
  'consommation_annuelle_FCFA',
  'depenses_alimentaires_annuelles_FCFA',
  'consultations_12_mois',
  'montant_moyen_par_consultation_FCFA',
  'hospitalisations_12_mois',
  'montant_moyen_par_hospitalisation_FCFA',
  'volonte_a_payer_par_personne_et_par_an_FCFA',
] as const;

const FIELDS = ['size', 'annualConsumption', 'annualFood', 'consultations', 'paidPerConsultation', 'hospitalStays', 'paidPerStay', 'willingnessToPay'] as const;

/** The label line written above the headers. */
export const SURVEY_CSV_TITLE = 'Enquête auprès des ménages – cas d’école, chiffres fictifs';

const frenchDecimal = (value: number) => String(value).replace('.', ',');

/** The CSV text, BOM included, lines ended by CRLF (what spreadsheets write themselves). */
export function surveyToCsv(items: readonly SurveyHousehold[]): string {
  const lines = [SURVEY_CSV_TITLE, SURVEY_CSV_HEADERS.join(';')];
  for (const h of items) lines.push([h.id, ...FIELDS.map((f) => frenchDecimal(h[f]))].join(';'));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Reads a CSV written by `surveyToCsv` (or re-saved by a spreadsheet with the same columns). */
export function parseSurveyCsv(text: string): SurveyHousehold[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  const headerIndex = lines.findIndex((line) => line.startsWith(SURVEY_CSV_HEADERS[0] + ';'));
  if (headerIndex < 0) throw new Error('En-tête « menage;personnes;… » introuvable');
  return lines.slice(headerIndex + 1).map((line, i) => {
    const cells = line.split(';');
    if (cells.length !== SURVEY_CSV_HEADERS.length) throw new Error(`Ligne ${headerIndex + i + 2} : ${cells.length} colonnes au lieu de ${SURVEY_CSV_HEADERS.length}`);
    const household = { id: cells[0] ?? '' } as SurveyHousehold;
    FIELDS.forEach((field, k) => {
      const value = Number((cells[k + 1] ?? '').replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(value)) throw new Error(`Ligne ${headerIndex + i + 2}, colonne ${SURVEY_CSV_HEADERS[k + 1]} : nombre illisible`);
      household[field] = value;
    });
    return household;
  });
}
