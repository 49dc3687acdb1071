/**
 * Reports of a mistake in the text: where they go (the build's `CORRECTIONS_URL`, an e-mail
 * address or an issue tracker's "new issue" address) and the report a reader's selection fills in.
 */

/** What a report says of the mistake: the reader adds what is wrong. */
export interface MistakeReport {
	/** The document's title. */
	title: string;
	/** The passage's address: the document's public address and the passage's id. */
	address: string;
	/** The words the reader selected. */
	selected: string;
	/** The document's source file, from the project's root. */
	source: string;
	/** The line of that file the passage begins on, where it is known. */
	line: number | undefined;
}

const protocols = new Set(['mailto:', 'https:']);

/**
 * Where reports go, as set for the build (`CORRECTIONS_URL`), checked; undefined when it is not
 * set, and then no page offers to report a mistake. Throws, naming the variable, what it holds and what is wrong.
 */
export function reportsAddressOf(value: string | undefined, name = 'CORRECTIONS_URL'): string | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const url = URL.parse(value.trim());
	if (!url || !protocols.has(url.protocol)) {
		throw new Error(`${name} is "${value}": it must be a mailto: address or the https: address of an issue tracker's new-issue form.`);
	}
	if (url.protocol === 'mailto:' && !/^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname))) {
		throw new Error(`${name} is "${value}": a mailto: address needs one e-mail address after "mailto:".`);
	}
	return url.href;
}

/**
 * The most of the selected words a report quotes: a longer address is refused by issue trackers
 * (GitHub answers 414) and cut short by mail programs. The passage's address and line say the rest.
 */
export const QUOTED_CHARACTERS = 500;

const quoted = (words: string) => (words.length <= QUOTED_CHARACTERS ? words : `${words.slice(0, QUOTED_CHARACTERS - 1).trimEnd()}…`);

/** The report's subject, and its text, in which the reader writes what is wrong. */
function reportText({ title, address, selected, source, line }: MistakeReport): { subject: string; body: string } {
	const passage = new URL(address).hash.slice(1);
	return {
		subject: `Mistake in “${title}”${passage ? `, ${passage}` : ''}`,
		body: [
			`Document: ${title}`,
			`Passage: ${address}`,
			`Selected words: “${quoted(selected)}”`,
			`Source: ${source}${line === undefined ? '' : `, line ${line}`}`,
			'',
			'What is wrong, and what should it say?',
			'',
		].join('\n'),
	};
}

/**
 * The address that opens a report, filled in: for e-mail, its subject and body (RFC 6068, which
 * wants `%20` for a space and CRLF for a line break); for an issue tracker, the `title` and `body`
 * its new-issue form reads (GitHub's, Gitea's and Forgejo's), beside any parameter it already has.
 */
export function reportHref(reportsAddress: string, report: MistakeReport): string {
	const { subject, body } = reportText(report);
	const url = new URL(reportsAddress);
	if (url.protocol === 'mailto:') {
		const fields = [`subject=${encodeURIComponent(subject)}`, `body=${encodeURIComponent(body.replaceAll('\n', '\r\n'))}`];
		return `${url.href}${url.search ? '&' : '?'}${fields.join('&')}`;
	}
	url.searchParams.set('title', subject);
	url.searchParams.set('body', body);
	return url.href;
}
