/**
 * The stylesheet of what the lazily loaded scripts show over the page (previews.css: the previews,
 * the copy confirmation, the passage controls), linked when the first of them loads, so that no
 * page fetches it before a reader does something. Each waits for it before it shows anything.
 */
import previewsStylesheet from '../../styles/previews.css?url';
import { linkStylesheet } from './stylesheet.ts';

export const previewsStyled: Promise<void> = linkStylesheet(previewsStylesheet);
