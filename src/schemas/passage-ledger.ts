/** A document's ledger of published passage addresses, `content/passages/<id>.json` (src/lib/passage-ledger.ts). */
import { z } from 'astro/zod';

const passageId = z.string().regex(/^p-[1-9]\d*$/, { error: 'expected a paragraph id such as p-12' });

export const passageLedgerSchema = z.strictObject({
	next: z.int().min(1),
	passages: z.array(z.strictObject({ id: passageId, text: z.string() })),
	retired: z.record(passageId, passageId),
});
