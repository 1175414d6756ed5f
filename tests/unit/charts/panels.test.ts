import { describe, expect, test } from 'vitest';
import { PALETTE, PANELS, STAKEHOLDERS } from '../../../web/src/charts/panels';
import { KPIS, kpiTexts } from '../../../web/src/charts/kpis';
import { METRIC_COUNT, metricColumn } from '../../../web/src/model/metrics';
import { storeOf } from './store';

describe('the chart panels', () => {
	test('one group per stakeholder and theme, each with charts, ids unique', () => {
		expect(STAKEHOLDERS.map((s) => s.id)).toEqual([
			'manufacturers',
			'miners',
			'builders',
			'users',
			'token',
			'protocol'
		]);
		for (const s of STAKEHOLDERS) expect(s.panels.length).toBeGreaterThan(0);
		const ids = PANELS.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		// The e2e tests and the page's other parts find these charts by id.
		for (const id of ['chart-supply', 'chart-demand', 'chart-price', 'chart-flows']) {
			expect(ids).toContain(id);
		}
	});

	test('the issue’s metrics are all drawn', () => {
		const drawn = new Set(PANELS.flatMap((p) => p.lines.map((l) => l.column)));
		for (const key of [
			'devices',
			'backlog',
			'lead_time_weeks',
			'miner_income_usd_month',
			'roi_annual',
			'payback_months',
			'builders_infra',
			'builders_app',
			'grants_usd',
			'users',
			'coverage',
			'quality',
			'adoption_gate',
			'price_usd',
			'supply_total',
			'supply_circulating',
			'supply_locked',
			'minted_cum',
			'burned_cum',
			'revenue_usd',
			'emissions_usd',
			'coverage_ratio'
		]) {
			expect(drawn, key).toContain(metricColumn(key));
		}
	});

	test('lines use Okabe–Ito colours, and lines sharing a chart differ in colour and dash', () => {
		const palette = new Set<string>(Object.values(PALETTE));
		for (const panel of PANELS) {
			for (const l of panel.lines) {
				expect(palette, `${panel.id} ${l.label}`).toContain(l.color);
				expect(l.column).toBeGreaterThanOrEqual(0);
				expect(l.column).toBeLessThan(METRIC_COUNT);
			}
			const colours = panel.lines.map((l) => l.color);
			const dashes = panel.lines.map((l) => l.dash ?? '');
			expect(new Set(colours).size, panel.id).toBe(colours.length);
			expect(new Set(dashes).size, panel.id).toBe(dashes.length);
		}
	});

	test('the coverage ratio has its reference level at 1; payback hides "never"', () => {
		const ratio = PANELS.find((p) => p.id === 'chart-coverage-ratio');
		expect(ratio?.reference?.value).toBe(1);
		const payback = PANELS.find((p) => p.id === 'chart-payback');
		expect(payback?.valid?.(14)).toBe(true);
		expect(payback?.valid?.(1200)).toBe(false);
		expect(payback?.readout?.(1200)).toBe('never');
	});
});

describe('the stakeholder KPIs', () => {
	test('devices come first; every stakeholder of MODEL.md B10 has a figure', () => {
		expect(KPIS[0].id).toBe('devices');
		const who = new Set(KPIS.map((k) => k.stakeholder));
		for (const s of ['Manufacturers', 'Miners', 'Builders', 'Users']) expect(who).toContain(s);
	});

	test('read at a week, with builder teams summed; dashes for a week not held', () => {
		const store = storeOf({
			devices: [100, 12345],
			builders_infra: [1, 3],
			builders_app: [1, 4],
			coverage: [0, 0.25],
			payback_months: [1200, 14.4]
		});
		const at = (week: number, id: string) =>
			kpiTexts(store, week)[KPIS.findIndex((k) => k.id === id)];
		expect(at(1, 'devices')).toBe('12,345');
		expect(at(1, 'builders')).toBe('7');
		expect(at(1, 'coverage')).toBe('25%');
		expect(at(0, 'payback_months')).toBe('never');
		expect(at(1, 'payback_months')).toBe('14.4 mo');
		expect(kpiTexts(store, 5).every((t) => t === '–')).toBe(true);
	});
});
