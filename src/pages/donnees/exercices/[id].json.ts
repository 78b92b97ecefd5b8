import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse } from '../../../lib/course';
import { jsonResponse } from '../../../lib/island-data';
import type { Exercise } from '../../../schemas/exercise';

// Every exercise as the <x-exercise> island of a lesson fetches it.
export const getStaticPaths = (() => [...getCourse().exercises.values()].map(({ id, exercise }) => ({ params: { id }, props: { exercise } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ exercise: Exercise }> = ({ props }) => jsonResponse(props.exercise);
