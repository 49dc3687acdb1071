/** The whole library as one EPUB book for e-readers: `/library.epub`. */
import type { APIRoute } from 'astro';
import { libraryEpub } from '../data/epub.ts';

export const GET: APIRoute = async () => new Response(await libraryEpub(), { headers: { 'content-type': 'application/epub+zip' } });
