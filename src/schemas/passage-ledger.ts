/** A document's ledger of published passage addresses, `content/passages/<id>.json` (src/core/passages/passage-ledger.ts). */
import { z } from 'astro/zod';

const passageId = z.string().regex(/^p-[1-9]\d*$/, { error: 'expected a paragraph id such as p-12' });

const numberOf = (id: string) => Number(id.slice(2));

/**
 * The ledger's own facts must hold together: an id once given is never given again, so `next` is
 * past every number it records, a passage's id stands once, and a retired id is not also a
 * passage's. A ledger edited by hand that breaks one would give two passages one address.
 */
export const passageLedgerSchema = z
	.strictObject({
		next: z.int().min(1),
		passages: z.array(z.strictObject({ id: passageId, text: z.string() })),
		retired: z.record(passageId, passageId),
	})
	.superRefine(({ next, passages, retired }, context) => {
		const ids = [...passages.map(({ id }) => id), ...Object.keys(retired), ...Object.values(retired)];
		const highest = ids.reduce((most, id) => Math.max(most, numberOf(id)), 0);
		if (next <= highest) {
			context.addIssue({
				code: 'custom',
				path: ['next'],
				message: `${next} would give again an id this ledger records (up to p-${highest}): it must be at least ${highest + 1}`,
			});
		}
		const seen = new Set<string>();
		passages.forEach(({ id }, index) => {
			if (seen.has(id)) context.addIssue({ code: 'custom', path: ['passages', index, 'id'], message: `${id} stands twice` });
			if (id in retired)
				context.addIssue({ code: 'custom', path: ['passages', index, 'id'], message: `${id} is both a passage and retired` });
			seen.add(id);
		});
	});
