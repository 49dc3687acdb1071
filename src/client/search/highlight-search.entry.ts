/** The highlighting of searched words (./search-highlights.ts), loaded only on a page opened from a search result. */
if (new URLSearchParams(location.search).has('highlight')) void import('./search-highlights.ts');
