/**
 * Saved state of an H5P activity (where the learner was), kept in its own storage key next to
 * the progress document: `${progressKey}:h5p-state:<activityId>`.
 *
 * Why not inside the progress document: state is opaque, can weigh tens of kilobytes (a course
 * presentation), and is rewritten every few seconds while the learner works; the progress
 * document is validated, merged across tabs and exported on every change, and must not risk
 * the quota for resume data. Losing state only means starting the activity over; results,
 * which matter, live in the progress document and its backups.
 */
export const MAX_STATE_LENGTH = 100_000;

export interface SavedH5pState {
  contentVersion: string;
  savedAt: string;
  /** The content type's `getCurrentState()`, as JSON text. */
  state: string;
}

export const stateKey = (progressKey: string, activityId: string) => `${progressKey}:h5p-state:${activityId}`;

/** The stored text for a state, or null when it is too large to keep. */
export function serializeState(state: unknown, contentVersion: string, savedAt: string): string | null {
  if (state === undefined) return null;
  const json = JSON.stringify(state);
  if (json === undefined || json.length > MAX_STATE_LENGTH) return null;
  return JSON.stringify({ contentVersion, savedAt, state: json } satisfies SavedH5pState);
}

/**
 * What to give the player from the stored text: `contentUserData` in the shape it reads
 * (`[{ state: '<json>' }]`), nothing for a first visit or unreadable text, and `dropped` when
 * the package changed since the state was saved (the caller deletes it and tells the learner).
 */
export function restoreState(stored: string | null, contentVersion: string): { contentUserData?: [{ state: string }]; dropped: boolean } {
  if (stored === null) return { dropped: false };
  let saved: Partial<SavedH5pState>;
  try {
    saved = JSON.parse(stored) as Partial<SavedH5pState>;
  } catch {
    return { dropped: true };
  }
  if (typeof saved !== 'object' || saved === null || typeof saved.state !== 'string') return { dropped: true };
  if (saved.contentVersion !== contentVersion) return { dropped: true };
  return { contentUserData: [{ state: saved.state }], dropped: false };
}
