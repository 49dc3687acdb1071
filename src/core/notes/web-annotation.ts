/**
 * Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), the JSON-LD that
 * Hypothesis and other annotation tools read and write: each note an `Annotation` whose target
 * is the version of the document it was made on, selected by the passage's anchor (refined by
 * the words' position in it) and by the words themselves. An import reads them back with
 * ./annotation-import.ts.
 */
import { isHighlight, type ReaderNote } from './note.ts';

const annotationContext = 'http://www.w3.org/ns/anno.jsonld';

/** The note as an annotation of `source`, the absolute address of the page it was made on. */
function toAnnotation(note: ReaderNote, source: string) {
	return {
		id: `urn:uuid:${note.id}`,
		type: 'Annotation',
		motivation: isHighlight(note) ? 'highlighting' : 'commenting',
		created: note.created,
		modified: note.modified,
		...(!isHighlight(note) && { body: { type: 'TextualBody', value: note.note, format: 'text/plain', purpose: 'commenting' } }),
		target: {
			source,
			selector: [
				...(note.passage
					? [
							{
								type: 'FragmentSelector',
								conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
								value: note.passage,
								refinedBy: { type: 'TextPositionSelector', start: note.position.start, end: note.position.end },
							},
						]
					: []),
				{ type: 'TextQuoteSelector', ...note.quote },
			],
		},
	};
}

/** The notes as one annotation collection, `label` naming it. */
export function annotationCollection(notes: readonly { note: ReaderNote; source: string }[], label: string) {
	return {
		'@context': annotationContext,
		type: 'AnnotationCollection',
		label,
		total: notes.length,
		first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(({ note, source }) => toAnnotation(note, source)) },
	};
}
