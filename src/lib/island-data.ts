import { url } from './paths';

/**
 * Where the static data files of lazily started islands live (see src/pages/donnees/):
 * one JSON per course quiz and per exercise, exactly what the inline form would hold.
 */
export const quizDataUrl = (quizId: string) => url(`donnees/quiz/${quizId}.json`);
export const exerciseDataUrl = (exerciseId: string) => url(`donnees/exercices/${exerciseId}.json`);

/** JSON the way the pages embed it, so both forms hold the same bytes. */
export const jsonResponse = (data: unknown) => new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
