import { browserStorage } from '../progress/client';
import { loadTrainerDoc, saveTrainerDoc, type TrainerDoc } from '../../engine/assignments/trainer-store';
import { storageKey } from '../../engine/storage-keys';

/** The localStorage key of the trainer's document (assignments, rosters, receipts), per course. */
export const TRAINER_KEY = storageKey('trainer');
/** Where the document lived before keys carried the course id (assignments predate that). */
const LEGACY_TRAINER_KEY = 'formation-mutuelles:trainer';

/** Copies a trainer document left under the old key to the new one, once; the old copy stays as a fallback. */
function adoptLegacyDoc(): void {
  const storage = browserStorage();
  if (!storage || storage.getItem(TRAINER_KEY) !== null) return;
  const legacy = storage.getItem(LEGACY_TRAINER_KEY);
  if (legacy === null) return;
  try {
    storage.setItem(TRAINER_KEY, legacy);
  } catch {
    // Storage full: the load below still reads nothing new; the old copy is untouched.
  }
}

/**
 * The trainer's document, re-read before each change so two tabs (composing in one, importing
 * in the other) do not overwrite each other's work.
 */
export function readTrainer(): { doc: TrainerDoc; warning?: string } {
  adoptLegacyDoc();
  return loadTrainerDoc(browserStorage(), TRAINER_KEY, new Date());
}

/** Applies a change to the latest stored document and writes it; false when storage refused it. */
export function updateTrainer(change: (doc: TrainerDoc) => void): { doc: TrainerDoc; saved: boolean } {
  const { doc } = readTrainer();
  change(doc);
  doc.updatedAt = new Date().toISOString();
  return { doc, saved: saveTrainerDoc(browserStorage(), TRAINER_KEY, doc) };
}
