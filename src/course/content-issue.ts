/**
 * A problem found in the authored content. `file` is relative to the content root and `field`
 * is a path inside it ("questions[3].options", "keyTerms[1]", "corps, ligne 42"), so an author
 * can go straight to the mistake.
 */
export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

/** Thrown when content is invalid; its message lists every issue, one per line. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(formatIssues(issues));
    this.name = 'ContentError';
  }
}

export function formatIssues(issues: ContentIssue[]): string {
  const lines = issues.map((i) => `  - ${i.file} › ${i.field} : ${i.message}`);
  return `Contenu invalide (${issues.length} problème${issues.length > 1 ? 's' : ''}) :\n${lines.join('\n')}`;
}

/** Turns a zod issue path (["questions", 3, "options"]) into "questions[3].options". */
export function fieldPath(path: (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out || '(racine)';
}
