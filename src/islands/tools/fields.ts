import { parseFrenchNumber } from '../../engine/number/parse-number';
import { format, type Strings } from '../search/strings';

/**
 * Reading numbers from tool forms the way French users type them ("1 500", "12,5 %"), with a
 * French message beside the field when the entry is wrong. Rates are typed in percent.
 */
export interface NumberField {
  /** 'rate': typed in %, returned as a fraction; 'amount': FCFA, the unit may be typed; 'count': a whole number. */
  kind: 'amount' | 'rate' | 'count' | 'decimal';
  min?: number;
  max?: number;
  optional?: boolean;
}

export type FieldResult = { ok: true; value: number | undefined } | { ok: false; message: string };

export function parseField(text: string, field: NumberField, strings: Strings): FieldResult {
  if (text.trim() === '' && field.optional) return { ok: true, value: undefined };
  const unit = field.kind === 'rate' ? '%' : field.kind === 'amount' ? 'FCFA' : undefined;
  const parsed = parseFrenchNumber(text, { unit, allowPercent: field.kind === 'rate' });
  if (!parsed.ok) return { ok: false, message: strings[`number.${parsed.code}`] ?? parsed.code };
  const value = field.kind === 'rate' ? parsed.value / 100 : parsed.value;
  if (value < 0) return { ok: false, message: strings['number.NEGATIVE'] ?? '' };
  if (field.kind === 'count' && !Number.isInteger(value)) return { ok: false, message: strings['number.INTEGER'] ?? '' };
  const scale = field.kind === 'rate' ? 100 : 1;
  if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) {
    return { ok: false, message: format(strings['number.RANGE'], { min: (field.min ?? 0) * scale, max: (field.max ?? Infinity) * scale }) };
  }
  return { ok: true, value };
}

/** Shows or clears the error message of an input (aria-invalid + a linked message element). */
export function showFieldError(input: HTMLInputElement, message: string | undefined): void {
  const id = `${input.id}-erreur`;
  let note = input.ownerDocument.getElementById(id);
  if (!message) {
    input.removeAttribute('aria-invalid');
    note?.remove();
    return;
  }
  input.setAttribute('aria-invalid', 'true');
  if (!note) {
    note = input.ownerDocument.createElement('span');
    note.id = id;
    note.className = 'field-error';
    input.insertAdjacentElement('afterend', note);
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  }
  note.textContent = message;
}

/** Reads one input by name inside a container; marks it and returns undefined on error. */
export function readInput(container: ParentNode, name: string, field: NumberField, strings: Strings, errors: string[]): number | undefined {
  const input = container.querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!input) return undefined;
  const result = parseField(input.value, field, strings);
  showFieldError(input, result.ok ? undefined : result.message);
  if (!result.ok) {
    errors.push(name);
    return undefined;
  }
  return result.value;
}

/** French display of a number: "3 500", "224,6". */
export function fr(value: number, digits = 0): string {
  return value.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
