import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../lib/island-data';
import { searchFiles } from '../../lib/search-documents';

// The search shards: t<n>.json (postings of a run of terms) and d<n>.json (a run of documents).
export const getStaticPaths = (async () => {
  const { termShards, documentShards } = await searchFiles();
  return [...termShards.map((data, n) => ({ params: { shard: `t${n}` }, props: { data } })), ...documentShards.map((data, n) => ({ params: { shard: `d${n}` }, props: { data } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: unknown }> = ({ props }) => jsonResponse(props.data);
