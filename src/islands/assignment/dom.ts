import { format } from '../search/strings';

/**
 * Small DOM helpers shared by the assignment and trainer pages. Everything imported or typed
 * by someone else is put in the page as text (`textContent`), never as HTML.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A file name from free text: ASCII letters, digits and dashes. */
export function fileSlug(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'devoir';
}

/**
 * Copies a text field's content. The clipboard API exists only in secure contexts (https,
 * localhost); on a LAN over plain http the field is selected and the legacy copy command tried,
 * and the user is told which happened.
 */
export async function copyField(field: HTMLInputElement | HTMLTextAreaElement): Promise<'copied' | 'selected'> {
  field.focus();
  field.select();
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(field.value);
      return 'copied';
    } catch {
      // fall through to the selection
    }
  }
  try {
    return document.execCommand('copy') ? 'copied' : 'selected';
  } catch {
    return 'selected';
  }
}

/**
 * Draws a QR code (lean-qr, loaded only here) on a canvas, one canvas pixel per module, to be
 * scaled up by CSS without blur. Error correction M at least: what cheap cameras read from a
 * projector. Returns false when the text is too long for any QR code.
 */
export async function drawQr(canvas: HTMLCanvasElement, text: string): Promise<boolean> {
  const { generate, correction } = await import('lean-qr');
  try {
    const code = generate(text, { minCorrectionLevel: correction.M });
    code.toCanvas(canvas, { on: [0, 0, 0, 255], off: [255, 255, 255, 255], pad: 4 });
    return true;
  } catch {
    return false;
  }
}

/** The singular or the plural string by count (French: 0 and 1 are singular). */
export function plural(strings: Record<string, string>, key: string, count: number, values: Record<string, string | number> = {}): string {
  return format(strings[Math.abs(count) < 2 ? key : `${key}Plural`] ?? strings[key], { count, ...values });
}

export const percent = (x: number) => `${Math.round(x * 100)}\u00A0%`;

export const frenchDate = (iso: string, time = true) =>
  new Date(iso).toLocaleString('fr-FR', time ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' });

/** A `YYYY-MM-DD` day in words (« 11 décembre 2026 »), read in local time. */
export const frenchDay = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString('fr-FR', { dateStyle: 'long' });
