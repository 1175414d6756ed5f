import { describe, expect, test } from 'vitest';
import { leverFacts, sourceText, unitText, valueText } from '../../../web/src/ui/lever-info';
import { PARAMS, PARAM_INDEX } from '../../../web/src/scenario/schema';

const spec = (key: string) => PARAMS[PARAM_INDEX.get(key)!];

describe('a lever’s info', () => {
	test('units in words, shares and choices included', () => {
		expect(unitText(spec('device_capex_usd'))).toBe('USD');
		expect(unitText(spec('uptime'))).toBe('a share from 0 to 1 (0.5 = 50%)');
		expect(unitText(spec('price_impact'))).toBe('none (a ratio)');
		expect(unitText(spec('emission_mode'))).toBe('a choice between policies');
	});

	test('“[A]” sources are said to be assumptions', () => {
		expect(sourceText('Helium ≈$500; Hivemapper $549/$649')).toBe(
			'Helium ≈$500; Hivemapper $549/$649'
		);
		expect(sourceText('[A] MODEL.md §6.6')).toBe('Assumption of the model (MODEL.md §6.6)');
		expect(sourceText('[A]; must be 0 for the null state')).toBe(
			'Assumption of the model (must be 0 for the null state)'
		);
		expect(sourceText('[A]')).toBe('Assumption of the model (no public source)');
	});

	test('facts: unit, range, reset value and where it comes from, symbol, source', () => {
		const facts = leverFacts(spec('device_capex_usd'), 3000, 'the preset “Render-like”');
		expect(facts).toEqual([
			{ term: 'Unit', detail: 'USD' },
			{ term: 'Range', detail: '$50 to $5k' },
			{ term: 'Reset value', detail: '$3k (the preset “Render-like”)' },
			{ term: 'Symbol', detail: 'c_cap' },
			{ term: 'Source', detail: 'Helium ≈$500; Hivemapper $549/$649' }
		]);
		const choice = leverFacts(spec('sink_mode'), 0, 'the default');
		expect(choice[1]).toEqual({
			term: 'Options',
			detail: 'burn and mint, buyback and burn, direct payment'
		});
		expect(valueText(spec('sink_mode'), 2)).toBe('direct payment');
	});
});
