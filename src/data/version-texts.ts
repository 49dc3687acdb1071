/**
 * The text of an earlier version as its page shows it: its Markdown, as recorded, through the
 * same two passes as a document's (src/markdown/pipeline.ts, then src/markdown/corpus-pipeline.ts),
 * its passages given the ids they were published with. Checked as a document's text is: a
 * problem stops the build, naming the version's file.
 */
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { type MarkdownHeading, markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import type { VersionRecord } from '../build/versions/versions.ts';
import type { CheckedDocument } from './corpus-checks.ts';
import type { corpusPipeline } from '../markdown/corpus-pipeline.ts';
import { markdownPipeline } from '../markdown/pipeline.ts';
import type { ReadingTimeData } from '../markdown/remark-reading-time.ts';

export interface VersionText {
	/** Its text, its topics and cited works linked. */
	html: string;
	headings: MarkdownHeading[];
	minutes: number;
	/** Each passage's words, by its id, for what later versions changed. */
	texts: Map<string, string>;
	/** What the corpus checks read of it, as of a document's text (src/data/corpus-checks.ts). */
	checked: Pick<CheckedDocument, 'anchors' | 'links' | 'citations' | 'mentions'>;
}

let renderer: ReturnType<ReturnType<typeof unified>['createRenderer']> | undefined;

/** Renders a recorded version's text with the second pass `pass`. */
export async function renderVersion(record: VersionRecord, pass: ReturnType<typeof corpusPipeline>): Promise<VersionText> {
	renderer ??= unified(markdownPipeline).createRenderer(markdownConfigDefaults);
	try {
		const { code, metadata } = await (await renderer).render(record.body, { frontmatter: {}, fileURL: pathToFileURL(record.path) });
		const file = await pass.process({
			value: code,
			data: { publishedLedger: undefined, recordedPassageIds: record.passages, linesBeforeText: undefined },
		});
		const html = deflateRawSync(String(file), { level: 1 });
		return {
			get html() {
				return inflateRawSync(html).toString('utf8');
			},
			headings: metadata.headings,
			minutes: (metadata.frontmatter as ReadingTimeData).readingTime.minutes,
			texts: new Map(file.data.passageLedger!.ledger.passages.map(({ id, text }) => [id, text])),
			checked: {
				anchors: file.data.anchors ?? new Set(),
				links: file.data.links ?? [],
				citations: file.data.workCitations ?? [],
				mentions: file.data.topicMentions ?? [],
			},
		};
	} catch (error) {
		throw new Error(`${relative(process.cwd(), record.path)}: version ${record.version} cannot be rendered: ${(error as Error).message}`);
	}
}
