import { expect, test } from 'vitest';
import { readSettings } from '../../src/core/site/reader-settings.ts';

test('stored settings are read back as they were kept', () => {
	expect(readSettings('{"size":"xl","font":"sans","previews":"off"}')).toEqual({ size: 'xl', font: 'sans', previews: 'off' });
	expect(readSettings(null)).toEqual({});
});

test('what is no setting, no choice of one, or no JSON at all is left out, not an error', () => {
	expect(readSettings('{"size":"huge","font":"sans","colour":"red","__proto__":{"x":1}}')).toEqual({ font: 'sans' });
	expect(readSettings('not json')).toEqual({});
	expect(readSettings('["size"]')).toEqual({});
	expect(readSettings('null')).toEqual({});
});
