import { describe, expect, test } from 'vitest';
import {
	anchorOfTextFragment,
	directiveAcrossBlocks,
	plainTextDirective,
	textDirective,
	textFragment,
} from '../../src/core/passages/text-fragment.ts';

describe('a text directive is written as the spec has it', () => {
	test('the selected words alone, with their syntax characters escaped', () => {
		expect(textDirective({ textStart: 'the 100-day battles, & more' })).toBe('text=the%20100%2Dday%20battles%2C%20%26%20more');
	});

	test('with words of context before and after, where the words alone are not unique', () => {
		expect(textDirective({ prefix: 'occupation of', textStart: 'North Korea', suffix: 'in 1945' })).toBe(
			'text=occupation%20of-,North%20Korea,-in%201945',
		);
		expect(textDirective({ prefix: 'the', textStart: 'Stalinism' })).toBe('text=the-,Stalinism');
		expect(textDirective({ textStart: 'Stalinism', suffix: 'was' })).toBe('text=Stalinism,-was');
	});

	test('a long selection by its first and last words, with context too', () => {
		expect(textDirective({ prefix: 'that', textStart: 'Stalinism was imposed', textEnd: 'occupation forces.', suffix: 'The' })).toBe(
			'text=that-,Stalinism%20was%20imposed,occupation%20forces.,-The',
		);
	});

	test('white space inside a term is folded to one space, as the browser matches it', () => {
		expect(textDirective({ textStart: ' the\n  late 1950s ' })).toBe('text=the%20late%201950s');
	});

	test('behind the anchor browsers without text fragments land on', () => {
		expect(textFragment('fn-2', { textStart: 'Stalinism', suffix: 'is' })).toBe('#fn-2:~:text=Stalinism,-is');
	});
});

describe('without the generator, the selected words make the directive', () => {
	test('a short selection whole', () => {
		expect(plainTextDirective(' the 100-day battles, ')).toEqual({ textStart: 'the 100-day battles,' });
	});

	test('a long one by its first and last four words', () => {
		const selected =
			'Stalinism was imposed on North Korea in the 1940s as a result of joint efforts of the political left in North Korea and the Soviet occupation forces.';
		expect(plainTextDirective(selected)).toEqual({ textStart: 'Stalinism was imposed on', textEnd: 'the Soviet occupation forces.' });
	});
});

describe('where a whole block stands twice on the page (a heading, and its entry in the contents)', () => {
	test('the last words of the block before, and the text from the start of the block to the end of the selection', () => {
		const heading = {
			before: 'A conclusion summarizes the main points of the report and discusses how it can be hastened.',
			blockBefore: 'Pre-1990 North Korea: The World’s Purest ',
			selected: 'Stalinism',
		};
		expect(directiveAcrossBlocks(heading)).toEqual({
			prefix: 'can be hastened.',
			textStart: 'Pre-1990 North Korea: The World’s Purest Stalinism',
		});
	});

	test('a long one by its first and last words; at the start of the page, no prefix', () => {
		expect(directiveAcrossBlocks({ before: '', blockBefore: '', selected: 'Notes' })).toEqual({ textStart: 'Notes' });
		const long = {
			before: 'the end',
			blockBefore: 'Most often the term is used to describe Soviet policy and polity over a',
			selected: 'period of three decades',
		};
		expect(directiveAcrossBlocks(long)).toEqual({
			prefix: 'the end',
			textStart: 'Most often the term',
			textEnd: 'period of three decades',
		});
	});
});

test('a browser that keeps the directive in the hash still finds the anchor', () => {
	expect(anchorOfTextFragment('#p-12:~:text=Stalinism')).toBe('p-12');
	expect(anchorOfTextFragment('#p-12')).toBeUndefined();
	// A malformed escape names no anchor, rather than throwing in the page's script.
	expect(anchorOfTextFragment('#p-%E0%A4%A:~:text=x')).toBeUndefined();
});
