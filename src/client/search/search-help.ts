/** "How to search", under the search field: how to write a query. */
import { el } from '../shared/dom.ts';

const code = (text: string) => el('code', {}, text);

/** How to write a query, under the field: made here rather than sent with every page. */
export const help = (): HTMLDetailsElement =>
	el(
		'details',
		{ className: 'search-help' },
		el('summary', {}, 'How to search'),
		el(
			'ul',
			{},
			el('li', {}, code('famine 1990s'), ': documents with every word (or a word it begins)'),
			el('li', {}, code('"exact phrase"'), ': the words together, in this order, alone or beside other words'),
			el('li', {}, code('-word'), ' or ', code('-"a phrase"'), ': leaves out the documents that have it'),
			el('li', {}, code('famine OR hunger'), ': either word'),
			el(
				'li',
				{},
				'A name finds every spelling the documents use (',
				code('Kim Il-sung'),
				' finds “Kim Il Sung”); a word the documents never use is corrected to the nearest one they do.',
			),
		),
	);
