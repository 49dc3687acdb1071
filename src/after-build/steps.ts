import { documentPath } from '../lib/paths';
import { offline } from './offline';
import { pagefindIndex } from './pagefind-index';
import { searchVocabulary } from './search-vocabulary';
import { securityHeaders } from './security-headers';
import type { AfterBuildStep } from './step';

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
