import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse } from '../../../lib/course';
import { jsonResponse } from '../../../lib/island-data';
import type { Quiz } from '../../../schemas/quiz';

// Every course quiz (lesson quizzes and module tests) as the <x-quiz> island fetches it.
export const getStaticPaths = (() => [...getCourse().quizzes.entries()].map(([id, source]) => ({ params: { id }, props: { quiz: source.quiz } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ quiz: Quiz }> = ({ props }) => jsonResponse(props.quiz);
