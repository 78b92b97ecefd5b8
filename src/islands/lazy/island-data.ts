/**
 * The data an island works on (a quiz, an exercise), wherever the page put it:
 * - inline, as a `<script type="application/json">` child (pages where the island is the
 *   point of the page, and every page built before lazy loading: the original contract);
 * - or in a static file named by `data-src`, fetched only when the island starts, so a lesson
 *   does not carry the answers and feedback of a quiz the learner has not reached.
 */
export async function islandData<T>(element: HTMLElement): Promise<T> {
  const inline = element.querySelector(':scope > script[type="application/json"]')?.textContent;
  if (inline) return JSON.parse(inline) as T;
  const src = element.dataset.src;
  if (!src) throw new Error('No island data');
  const response = await fetch(src);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}
