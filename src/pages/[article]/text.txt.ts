/**
 * `/<article>/text.txt`: the article's plain text (paragraphs joined by blank lines), the text
 * over which `/annotations.jsonld` counts its TextPositionSelector offsets.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition } from '../../edition/edition.ts';

export const getStaticPaths: GetStaticPaths = () => getEdition().articles.map((article) => ({ params: { article: article.slug } }));

export const GET: APIRoute = ({ params }) => {
  const article = getEdition().articles.find((a) => a.slug === params.article)!;
  return new Response(`${article.plainText}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
