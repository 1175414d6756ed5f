/**
 * I11 event accounting (MODEL.md §8) on the real WASM: a regional ban removes exactly
 * f·share·D devices at its start week, halted shipments are cut by the region's share while the
 * event lasts, and nothing else jumps at the event step. Plus the other event types' effects.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Core } from '../../web/src/engine/core';
import { loadCoreInNode } from '../../web/src/engine/load-core-node';
import { METRIC_COUNT, metricColumn } from '../../web/src/model/metrics';
import type { ScenarioEvent } from '../../web/src/scenario/events';
import { defaultParams } from '../../web/src/scenario/schema';
import type { ParamValues } from '../../web/src/scenario/schema';
import { firstDifference, runCore } from '../helpers/run-core';

let core: Core;
beforeAll(async () => {
	core = await loadCoreInNode();
});

const calm = { ...defaultParams(), market_mode: 1 } as ParamValues;

function run(events: ScenarioEvent[], params: ParamValues = calm, weeks = 260) {
	const rows = runCore(core, params, 1, weeks, events);
	return (week: number, key: string) => rows[week * METRIC_COUNT + metricColumn(key)];
}

describe('I11: event accounting', () => {
	test('a regional ban removes exactly f·share·D at its start and halts the region’s shipments', () => {
		const start = 150;
		const base = run([]);
		const ban = run([{ type: 'regional_ban', start, duration: 26, magnitude: 0.5 }]);
		// Identical until the event week.
		for (let w = 0; w <= start; w++) expect(ban(w, 'devices')).toBe(base(w, 'devices'));
		const before = ban(start, 'devices');
		expect(ban(start + 1, 'devices_banned')).toBe(0.5 * 0.5 * before);
		expect(ban(start + 1, 'devices_relocating')).toBe(0.5 * ban(start + 1, 'devices_banned'));
		expect(ban(start + 1, 'shipments_halted')).toBe(0.5);
		expect(ban(start + 1, 'shipments')).toBe(base(start + 1, 'shipments') * (1 - 0.5));
		// No other stock jumps at the event step: users, supply and builders are untouched (the
		// backlog does change: halted shipments wait in it, by design).
		for (const key of ['users', 'supply_total', 'minted_cum', 'builders_infra']) {
			expect(ban(start + 1, key), key).toBe(base(start + 1, key));
		}
		// Shipments resume when the ban ends; relocated devices come back.
		expect(ban(start + 27, 'shipments_halted')).toBe(0);
		expect(ban(start + 40, 'devices_relocating')).toBeLessThan(
			ban(start + 1, 'devices_relocating')
		);
	});

	test('enforcement: a speculative sell-off, lasting inertia, halted shipments', () => {
		const base = run([]);
		const hit = run([{ type: 'enforcement', start: 100, duration: 13, magnitude: 1 }]);
		expect(hit(101, 'price_usd')).toBeLessThan(base(101, 'price_usd') * 0.8);
		expect(hit(101, 'inertia_regulatory')).toBe(0.2);
		expect(hit(200, 'inertia_regulatory')).toBe(0.2);
		expect(hit(110, 'shipments_halted')).toBe(0.5);
		expect(hit(114, 'shipments_halted')).toBe(0);
		expect(hit(101, 'events_active')).toBe(1);
	});

	test('clarity undoes part of it; an equipment rule raises the device price', () => {
		const both = run([
			{ type: 'enforcement', start: 100, duration: 13, magnitude: 1 },
			{ type: 'clarity', start: 113, duration: 1, magnitude: 1 }
		]);
		expect(both(114, 'inertia_regulatory')).toBeCloseTo(0.1, 12);
		const rule = run([{ type: 'equipment_rule', start: 50, duration: 52, magnitude: 1 }]);
		const base = run([]);
		expect(rule(60, 'manufacturer_revenue_usd') / rule(60, 'shipments')).toBeCloseTo(650, 9);
		expect(base(60, 'manufacturer_revenue_usd') / base(60, 'shipments')).toBeCloseTo(500, 9);
	});

	test('a forced bear market sets the regime and its drift while it lasts', () => {
		const params = { ...calm, market_volatility: 0, bull_drift: 0, bear_drift: 0 };
		const bear = run([{ type: 'bear_market', start: 100, duration: 78, magnitude: -1.5 }], params);
		expect(bear(101, 'market_regime')).toBe(0);
		expect(bear(150, 'market_index') / bear(100, 'market_index')).toBeCloseTo(
			Math.exp(-1.5 * (50 / 52)),
			9
		);
	});

	test('random events are seeded: same seed, same events; they appear only with a rate', () => {
		const params = { ...calm, random_event_rate: 2 };
		const a = runCore(core, params, 9, 520);
		const b = runCore(core, params, 9, 520);
		expect(firstDifference(a, b)).toBe(-1);
		let active = 0;
		for (let w = 0; w <= 520; w++) active += a[w * METRIC_COUNT + metricColumn('events_active')];
		expect(active).toBeGreaterThan(0);
		const none = runCore(core, calm, 9, 520);
		for (let w = 0; w <= 520; w++)
			expect(none[w * METRIC_COUNT + metricColumn('events_active')]).toBe(0);
	});

	test('scripted events are forgotten by the next run without them', () => {
		const withBan = runCore(core, calm, 1, 200, [
			{ type: 'regional_ban', start: 50, duration: 26, magnitude: 1 }
		]);
		const after = runCore(core, calm, 1, 200);
		const clean = runCore(core, calm, 1, 200);
		expect(firstDifference(after, clean)).toBe(-1);
		expect(firstDifference(withBan, clean)).toBeGreaterThan(-1);
	});
});
