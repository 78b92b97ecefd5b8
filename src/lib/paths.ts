/**
 * Site URLs, always under the base path the site was built for (BASE_PATH), so every link
 * keeps working when a ministry hosts the site under /formation/ or any other sub-path.
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `path` relative to the site root, without a leading slash: url('glossaire/') → "/formation/glossaire/". */
export function url(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

export const moduleUrl = (moduleId: string) => url(`modules/${moduleId}/`);
export const lessonUrl = (moduleId: string, lessonId: string) => url(`modules/${moduleId}/${lessonId}/`);
export const moduleTestUrl = (moduleId: string) => url(`modules/${moduleId}/test/`);
export const glossaryUrl = (termId?: string) => url(`glossaire/${termId ? `#${termId}` : ''}`);
