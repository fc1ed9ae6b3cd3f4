/**
 * `/annotations.jsonld`: every claim as a W3C Web Annotation, for annotation tools.
 * See src/views/web-annotation.ts for the selectors.
 */
import type { APIRoute } from 'astro';
import { getEdition } from '../edition/edition.ts';
import { annotationCollection } from '../views/web-annotation.ts';
import { ANNOTATIONS_HREF } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const root = site!.href;
  const collection = annotationCollection(getEdition().articles, { site: root, id: new URL(ANNOTATIONS_HREF, root).href });
  return new Response(JSON.stringify(collection, null, 2), {
    headers: { 'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
};
