/**
 * A horizontal stacked bar drawn as SVG: one segment per part, proportional to its value.
 * Hand-drawn because it is a single bar (a chart library would weigh more than the whole page
 * budget); the table beside it carries the same numbers for screen readers and print.
 */
export interface BarPart {
  id: string;
  label: string;
  value: number;
}

const SVG = 'http://www.w3.org/2000/svg';
export const PART_COLOURS = ['#0b6157', '#4f9d8f', '#b5651d', '#6b5fa8', '#8a8f94', '#3b5b92'];

export function renderStackedBar(container: HTMLElement, parts: BarPart[], describe: (part: BarPart) => string): void {
  const total = parts.reduce((sum, p) => sum + Math.max(0, p.value), 0);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 100 8');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('class', 'stacked-bar__svg');
  svg.setAttribute('aria-hidden', 'true');
  let x = 0;
  parts.forEach((part, i) => {
    const width = total > 0 ? (Math.max(0, part.value) / total) * 100 : 0;
    if (width <= 0) return;
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', String(x));
    rect.setAttribute('y', '0');
    rect.setAttribute('width', String(width));
    rect.setAttribute('height', '8');
    rect.setAttribute('fill', PART_COLOURS[i % PART_COLOURS.length] ?? '#000');
    svg.append(rect);
    x += width;
  });
  const legend = document.createElement('ul');
  legend.className = 'stacked-bar__legend';
  parts.forEach((part, i) => {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'stacked-bar__swatch';
    swatch.style.background = PART_COLOURS[i % PART_COLOURS.length] ?? '#000';
    const share = total > 0 ? (part.value / total) * 100 : 0;
    item.append(swatch, `${describe(part)} (${share.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00A0%)`);
    legend.append(item);
  });
  container.replaceChildren(svg, legend);
}
