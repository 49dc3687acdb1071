import { documentPath } from '../core/site/paths.ts';
import { offline } from './offline.ts';
import { pagefindIndex } from './pagefind-index.ts';
import { searchVocabulary } from './search-vocabulary.ts';
import { securityHeaders } from './security-headers.ts';
import type { AfterBuildStep } from './step.ts';

/** What runs on the built site, in this order. */
export const afterBuildSteps: readonly AfterBuildStep[] = [
	// Only document pages carry `data-pagefind-body`.
	pagefindIndex({ glob: `${documentPath('*')}index.html` }),
	// Read from the index's fragments.
	searchVocabulary,
	// After the index and the vocabulary: the offline copy holds them.
	offline,
	securityHeaders,
];
