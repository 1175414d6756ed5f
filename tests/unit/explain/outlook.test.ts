import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../web/src/scenario/schema';
import { growthNeeds } from '../../../web/src/explain/outlook';

describe('growthNeeds', () => {
	it('works out the default network at 100×: devices, revenue, users, area', () => {
		const p = defaultParams();
		const n = growthNeeds(p, 100);
		expect(n.devices).toBe(1.3e9);
		// Per online device per year: hurdle × price + 12 months × running cost.
		const perDevice = p.uptime * (p.roi_hurdle * p.device_capex_usd + 12 * p.device_opex_usd_month);
		expect(n.revenueUsdPerYear).toBeCloseTo(1.3e9 * perDevice, 0);
		expect(n.spendPerUserUsdPerYear).toBeCloseTo(52 * p.usage_per_user * p.service_price_usd, 12);
		expect(n.users).toBeCloseTo(n.revenueUsdPerYear / n.spendPerUserUsdPerYear, 0);
		expect(n.usersPerAddressable).toBeCloseTo(n.users / p.market_size, 9);
		expect(n.usersPerPerson).toBeCloseTo(n.users / 8e9, 12);
		expect(n.areaKm2).toBeCloseTo(1.3e9 * p.coverage_cells_per_device * 0.75, 0);
	});

	it('the defaults in numbers (uptime 0.8, hurdle 0.5/yr, $500 device, $2/month, $1/user/week)', () => {
		const n = growthNeeds(defaultParams(), 1000);
		expect(n.revenueUsdPerYear).toBeCloseTo(13e9 * 0.8 * (250 + 24), -3);
		expect(n.users).toBeCloseTo(n.revenueUsdPerYear / 52, -3);
	});

	it('scales linearly with the multiple', () => {
		const p = defaultParams();
		const a = growthNeeds(p, 100);
		const b = growthNeeds(p, 1000);
		expect(b.revenueUsdPerYear / a.revenueUsdPerYear).toBeCloseTo(10, 12);
		expect(b.users / a.users).toBeCloseTo(10, 12);
	});

	it('has no area for capacity networks and infinite users when users pay nothing', () => {
		const p = { ...defaultParams(), network_kind: 1, service_price_usd: 0 };
		const n = growthNeeds(p, 100);
		expect(n.areaKm2).toBeNull();
		expect(n.areaPerEarthLand).toBeNull();
		expect(n.users).toBe(Infinity);
	});
});
