/** The site's icon as a file, for the web app manifest (the pages carry it inline, as their favicon). */
import type { APIRoute } from 'astro';
import faviconSvg from '../assets/favicon.svg?raw';

export const GET: APIRoute = () => new Response(faviconSvg, { headers: { 'content-type': 'image/svg+xml' } });
