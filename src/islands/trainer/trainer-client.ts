import { loadTrainerDoc, saveTrainerDoc, type TrainerDoc } from '../../engine/assignments/trainer-store';

/** The localStorage key of the trainer's document (assignments, rosters, receipts). */
export const TRAINER_KEY = 'formation-mutuelles:trainer';

function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(TRAINER_KEY);
    return storage;
  } catch {
    return null;
  }
}

/**
 * The trainer's document, re-read before each change so two tabs (composing in one, importing
 * in the other) do not overwrite each other's work.
 */
export function readTrainer(): { doc: TrainerDoc; warning?: string } {
  return loadTrainerDoc(browserStorage(), TRAINER_KEY, new Date());
}

/** Applies a change to the latest stored document and writes it; false when storage refused it. */
export function updateTrainer(change: (doc: TrainerDoc) => void): { doc: TrainerDoc; saved: boolean } {
  const { doc } = readTrainer();
  change(doc);
  doc.updatedAt = new Date().toISOString();
  return { doc, saved: saveTrainerDoc(browserStorage(), TRAINER_KEY, doc) };
}
