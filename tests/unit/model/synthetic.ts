/** Hand-made runs for the loop and regime tests: rows of metric values fed to a SeriesStore. */
import { SeriesStore } from '../../../web/src/lib/series-store';
import { METRIC_COUNT, metricColumn } from '../../../web/src/model/metrics';

export type Row = Partial<Record<string, number>>;

/** A SeriesStore holding `rows` (weeks 0..rows.length-1), fed through its apply(frame) API. */
export function seriesOf(rows: readonly Row[], revision = 0): SeriesStore {
	const store = new SeriesStore();
	store.apply(frameOf(rows, revision));
	return store;
}

export function frameOf(rows: readonly Row[], revision = 0, fromWeek = 0) {
	const buffer = new Float64Array(rows.length * METRIC_COUNT);
	rows.forEach((row, i) => {
		buffer[i * METRIC_COUNT + metricColumn('week')] = fromWeek + i;
		for (const [key, value] of Object.entries(row)) {
			buffer[i * METRIC_COUNT + metricColumn(key)] = value ?? 0;
		}
	});
	return {
		revision,
		fromWeek,
		week: fromWeek + rows.length - 1,
		rows: buffer,
		playing: false,
		horizon: 520
	};
}

export interface Phase {
	weeks: number;
	/** Weekly growth factors (1.02 = +2%/week) of each stock during the phase. */
	devices?: number;
	users?: number;
	price?: number;
	/** Share of last week's devices that exit each week. */
	exitRate?: number;
	/** Emission in tokens per week. */
	emission?: number;
	/** Usage revenue per user per week, USD. */
	revenuePerUser?: number;
	/** Net income per device, USD/month. */
	income?: number;
}

/**
 * A run built phase by phase from growth factors, consistent with the model's accounting:
 * shipments = ΔD + exits, emissions valued at the price, coverage = 1 − e^(−D/20000),
 * coverage ratio = revenue / emissions value.
 */
export function phasedRun(
	start: { devices: number; users: number; price: number },
	phases: readonly Phase[]
): Row[] {
	const rows: Row[] = [];
	let devices = start.devices;
	let users = start.users;
	let price = start.price;
	let circulating = 10_000_000;
	const row = (phase: Phase, shipments: number): Row => {
		const emission = phase.emission ?? 100_000;
		const revenue = users * (phase.revenuePerUser ?? 1);
		const emissionsUsd = emission * price;
		return {
			devices,
			devices_live: devices * 0.95,
			users,
			coverage: 1 - Math.exp(-devices / 20_000),
			quality: 1 - Math.exp(-devices / 20_000),
			price_usd: price,
			market_index: 1,
			emission_tokens: emission,
			emissions_usd: emissionsUsd,
			revenue_usd: revenue,
			coverage_ratio: emissionsUsd > 1e-6 ? revenue / emissionsUsd : 0,
			supply_circulating: circulating,
			market_cap_usd: circulating * price,
			shipments,
			miner_income_usd_month: phase.income ?? 50
		};
	};
	rows.push(row(phases[0], 0));
	for (const phase of phases) {
		for (let i = 0; i < phase.weeks; i++) {
			const before = devices;
			devices *= phase.devices ?? 1;
			const exits = before * (phase.exitRate ?? 0.002);
			const shipments = Math.max(0, devices - before + exits);
			// Exits beyond the shipments are what makes devices fall.
			devices = before + shipments - exits;
			users *= phase.users ?? 1;
			price *= phase.price ?? 1;
			circulating += phase.emission ?? 100_000;
			rows.push(row(phase, shipments));
		}
	}
	return rows;
}
