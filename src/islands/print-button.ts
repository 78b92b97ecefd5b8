/**
 * <x-print>: reveals the « Imprimer » button it wraps and prints the page on click. The button
 * is rendered hidden so that, without JavaScript, nobody sees a button that does nothing (the
 * browser's own print command still works, with the same print stylesheet).
 */
class PrintButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button || typeof window.print !== 'function') return;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

if (!customElements.get('x-print')) customElements.define('x-print', PrintButton);
