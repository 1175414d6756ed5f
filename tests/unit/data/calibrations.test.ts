// Which presets are calibrated, how their weeks line up with calendar months, and the data's
// attribution (it must match public/data/depin-history/README.md, which says to keep it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
	CALIBRATIONS,
	HISTORY_SOURCE,
	calibrationFor,
	monthOfWeek,
	monthStartWeek,
	thinTicks,
	yearStarts
} from '../../../web/src/data/calibrations';
import { HELIUM_TARGETS } from '../../../web/src/data/fit';
import { NETWORKS, parseHistoryCsv } from '../../../web/src/data/history';
import { PRESET_INDEX } from '../../../web/src/scenario/presets';

const DIR = fileURLToPath(new URL('../../../public/data/depin-history/', import.meta.url));

describe('calibrated presets', () => {
	test('name a real preset and network; week 0 is the first month of the file', () => {
		expect(CALIBRATIONS.length).toBeGreaterThan(0);
		for (const c of CALIBRATIONS) {
			expect(PRESET_INDEX.has(c.preset)).toBe(true);
			const info = NETWORKS[c.network];
			const history = parseHistoryCsv(readFileSync(DIR + info.file, 'utf8'), c.network);
			expect(history.months[0]).toBe(c.weekZero);
		}
		expect(calibrationFor('helium-like')?.network).toBe('helium');
		expect(calibrationFor('flywheel-demo')).toBeNull();
		expect(calibrationFor(null)).toBeNull();
	});

	test('helium-like lines up as the golden fit does (week 52 = 2020-08 …)', () => {
		const weekZero = calibrationFor('helium-like')!.weekZero;
		// Each checkpoint week falls inside (or at the end of) the month it is read against.
		for (const { week, month } of HELIUM_TARGETS) {
			const start = monthStartWeek(month, weekZero);
			expect(week, month).toBeGreaterThanOrEqual(Math.floor(start));
			expect(week, month).toBeLessThanOrEqual(start + 52 / 12 + 1e-9);
		}
	});
});

describe('the calendar of a calibrated run', () => {
	test('month starts, the month of a week, year ticks', () => {
		expect(monthStartWeek('2019-08', '2019-08')).toBe(0);
		expect(monthStartWeek('2020-08', '2019-08')).toBe(52);
		expect(monthOfWeek(0, '2019-08')).toBe('Aug 2019');
		expect(monthOfWeek(4.3, '2019-08')).toBe('Aug 2019');
		expect(monthOfWeek(52 / 12, '2019-08')).toBe('Sep 2019');
		expect(monthOfWeek(120, '2019-08')).toBe('Nov 2021');
		const years = yearStarts('2019-08', 120);
		expect(years.map((y) => y.label)).toEqual(['2020', '2021']);
		expect(years[0].week).toBeCloseTo((5 * 52) / 12, 9);
		expect(years[1].week).toBeCloseTo((17 * 52) / 12, 9);
		expect(yearStarts('2020-01', 10)).toEqual([{ week: 0, label: '2020' }]);
	});

	test('ticks are thinned to fit', () => {
		expect(thinTicks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 6)).toEqual([1, 3, 5, 7, 9]);
		expect(thinTicks([1, 2, 3], 6)).toEqual([1, 2, 3]);
	});
});

describe('attribution', () => {
	test('is the README’s citation, with the commit it names', () => {
		const readme = readFileSync(DIR + 'README.md', 'utf8');
		expect(readme).toContain(`Cite as: "${HISTORY_SOURCE.cite} (${HISTORY_SOURCE.shown})"`);
		expect(readme).toContain('commit ff2e881, March 2025');
		expect(HISTORY_SOURCE.version).toBe('commit ff2e881, March 2025');
		expect(HISTORY_SOURCE.url).toBe(`https://${HISTORY_SOURCE.shown}`);
	});
});
