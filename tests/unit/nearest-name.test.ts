import { describe, expect, it } from 'vitest';
import { nearestId, nearestName } from '../../src/lib/nearest-name.ts';

const themes = ['digital-divide', 'digital-talent', 'data-utilization', 'role-period', 'role-purpose'];

describe('nearestName', () => {
	it('guesses the name a typo meant: a missing, extra, wrong or swapped letter, or another case', () => {
		expect(nearestName('digtal-divide', themes)).toBe('digital-divide');
		expect(nearestName('data-utilisation', themes)).toBe('data-utilization');
		expect(nearestName('titel', ['title', 'order', 'number'])).toBe('title');
		expect(nearestName('Role-Period', themes)).toBe('role-period');
	});

	it('offers nothing far from every name, or as near to two', () => {
		expect(nearestName('security', themes)).toBeUndefined();
		// role-perio is one edit from role-period, and the next nearest is further: a guess; role-p is as near to both roles.
		expect(nearestName('role-perio', themes)).toBe('role-period');
		expect(nearestName('role-p', ['role-pa', 'role-pb'])).toBeUndefined();
	});

	it('never takes another number for a typo: s9 is another section than s1, not a misspelling of it', () => {
		expect(nearestName('s9', ['s1', 's2'])).toBeUndefined();
		expect(nearestName('s9-9', ['s1', 's1-1'])).toBeUndefined();
		expect(nearestName('fukushima-dx-2021', ['fukushima-dx-2022'])).toBeUndefined();
		expect(nearestName('s1-l', ['s1', 's1-1'])).toBe('s1-1');
	});

	it('allows one edit in a short name, more in a long one', () => {
		expect(nearestName('tite', ['title'])).toBe('title');
		expect(nearestName('tt', ['title'])).toBeUndefined();
		expect(nearestName('fukshima-dx-222', ['fukushima-dx-2022'])).toBe('fukushima-dx-2022');
	});
});

describe('nearestId', () => {
	it('takes an id shortened or lengthened by a hyphenated part for the one meant, when only one is', () => {
		expect(nearestId('toyama-dx-2027', ['toyama-dx-2027-pubcom', 'fukushima-dx-2022'])).toBe('toyama-dx-2027-pubcom');
		expect(nearestId('toyama-dx-2027-pubcom-r1', ['toyama-dx-2027-pubcom'])).toBe('toyama-dx-2027-pubcom');
		// Two such: no guess.
		expect(nearestId('toyama-dx', ['toyama-dx-2027', 'toyama-dx-2028'])).toBeUndefined();
		// A typo is still a typo, and a name written right is no slip.
		expect(nearestId('toyama-dx-2O27-pubcom', ['toyama-dx-2027-pubcom'])).toBe('toyama-dx-2027-pubcom');
		expect(nearestId('toyama-dx-2027', ['toyama-dx-2027', 'toyama-dx-2027-pubcom'])).toBeUndefined();
		expect(nearestId('toyamadx', ['toyama-dx-2027-pubcom'])).toBeUndefined();
	});
});
