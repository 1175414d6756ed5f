import { readFileSync } from 'node:fs';
import { runnerImport } from 'vite';
const opts = { configFile: false, logLevel: 'silent' };
const { module: eng } = await runnerImport('./web/src/engine/load-core-node.ts', opts);
const { module: schema } = await runnerImport('./web/src/scenario/schema.ts', opts);
const { module: met } = await runnerImport('./web/src/model/metrics.ts', opts);
const { module: hist } = await runnerImport('./web/src/data/history.ts', opts);
const { module: fit } = await runnerImport('./web/src/data/fit.ts', opts);
const core = await eng.loadCoreInNode('release');
const s = hist.parseHistoryCsv(
	readFileSync('public/data/depin-history/helium_rewards_data.csv', 'utf8'),
	'helium'
);
const n = s.columns['# hotspots'].findIndex((v) => v === null);
console.log('months with hotspots', n, s.months[n - 1]);
const params = {
	...schema.defaultParams(),
	gaming_share: 0.1,
	market_size: 1e6,
	inertia: 1,
	usage_per_user: 700,
	service_price_usd: 1e-5,
	cloud_price_usd: 0,
	world_cells: 2e6,
	density_classes: 10,
	market_mode: 1,
	bull_drift: 0,
	bear_drift: 0,
	market_volatility: 0,
	ship_delay: 2,
	expectation_lag: 1.78,
	capacity_adjust: 9.52,
	order_rate: 0.068,
	fundamentals_pull: 0.00156,
	price_impact: 1.44,
	miner_awareness: 1e-4,
	miner_word_of_mouth: 1.27
};
const events = [
	{ type: 'bull_market', start: 43, duration: 70, magnitude: 2.5 },
	{ type: 'bear_market', start: 113, duration: 70, magnitude: -2.23 }
];
const C = met.METRIC_COUNT,
	col = met.metricColumn;
let t0 = performance.now();
let rows;
for (let i = 0; i < 1000; i++) {
	core.setParams(params);
	core.setEvents(events);
	core.init(1);
	core.step(200);
	rows = core.copyRows(0, 200);
}
console.log('ms/run', (performance.now() - t0) / 1000);
const get = (k) => {
	const c = col(k);
	return Array.from({ length: rows.length / C }, (_, w) => rows[w * C + c]);
};
const D = get('devices'),
	P = get('price_usd');
const starts = s.weeks.slice(0, n);
const mD = fit.monthlyMeans(D, starts),
	mP = fit.monthlyMeans(P, starts);
const eH = fit.logErrors(mD, s.columns['# hotspots'].slice(0, n)),
	eP = fit.logErrors(mP, s.columns['$-price'].slice(0, n));
console.log('rmsH', fit.rms(eH), 'rmsP', fit.rms(eP));
console.log(fit.peakLag(get('miner_income_usd_month'), D, 26, 195));
for (const w of [52, 90, 125, 195]) console.log(w, D[w].toFixed(0), P[w].toFixed(2));
console.log('peak P', fit.peakWeek(P, 0, 200), Math.max(...P));
for (let i = 0; i < n; i++)
	console.log(
		s.months[i],
		s.columns['# hotspots'][i],
		mD[i]?.toFixed(0),
		eH[i]?.toFixed(2),
		s.columns['$-price'][i],
		mP[i]?.toFixed(2)
	);
