/**
 * Browsers without WebAssembly SIMD get the scalar build of the core (core.nosimd.wasm), which
 * gives the same run bit for bit; browsers with SIMD never download it. The engine worker is
 * made to believe SIMD is absent by patching its script on the way in (an init script reaches
 * the page, not the worker), and the SIMD core is blocked as such a browser could not use it.
 */
import type { Page } from '@playwright/test';
import { chartPath, expect, openPlayground, test, weekShown } from './fixtures';

const SIMD_CORE = /\/core-[\w-]+\.wasm$/;
const SCALAR_CORE = /\/core\.nosimd-[\w-]+\.wasm$/;

/**
 * Runs first in the worker: WebAssembly.validate says no to any module whose type section
 * declares a v128 value (0x7b), as a browser without SIMD does for a SIMD probe.
 */
function hideSimd(): void {
	const validate = WebAssembly.validate.bind(WebAssembly);
	const declaresV128 = (source: BufferSource): boolean => {
		const b = ArrayBuffer.isView(source)
			? new Uint8Array(source.buffer, source.byteOffset, source.byteLength)
			: new Uint8Array(source);
		let i = 8;
		const leb = (): number => {
			let value = 0;
			let shift = 0;
			let byte: number;
			do {
				byte = b[i++];
				value |= (byte & 127) << shift;
				shift += 7;
			} while (byte & 128);
			return value;
		};
		while (i < b.length) {
			const id = b[i++];
			const end = leb() + i;
			if (id === 1) {
				for (let types = leb(); types > 0; types--) {
					i++; // 0x60: a function type, then its parameters and results
					for (let list = 0; list < 2; list++) {
						for (let n = leb(); n > 0; n--) if (b[i++] === 0x7b) return true;
					}
				}
				return false;
			}
			i = end;
		}
		return false;
	};
	WebAssembly.validate = (source: BufferSource) => !declaresV128(source) && validate(source);
}

function withoutWebAssembly(): void {
	Reflect.deleteProperty(globalThis, 'WebAssembly');
}

/** Prepends `patch` to the engine worker's script. */
async function patchWorker(page: Page, patch: () => void): Promise<void> {
	await page.route(/\/worker-[\w-]+\.js$/, async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, body: `(${patch.toString()})();\n${await response.text()}` });
	});
}

/** The .wasm files the page requested. */
function wasmRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('.wasm')) urls.push(request.url());
	});
	return urls;
}

/** Jumps to the horizon with the timeline and returns what a person reads off the page. */
async function runToEnd(page: Page): Promise<{ kpis: string; paths: (string | null)[] }> {
	await page.getByRole('slider', { name: 'Timeline' }).focus();
	await page.keyboard.press('End');
	await expect(page.getByTestId('week')).toContainText('Week 520 of 520');
	const supply = chartPath(page, 'chart-supply');
	await expect
		.poll(async () => ((await supply.getAttribute('d')) ?? '').split('L').length)
		.toBeGreaterThan(500);
	const charts = ['chart-supply', 'chart-demand'];
	const paths = await Promise.all(charts.map((chart) => chartPath(page, chart).getAttribute('d')));
	return { kpis: await page.getByTestId('kpis').innerText(), paths };
}

test.describe('browsers without WebAssembly SIMD', () => {
	test('get the scalar core, and the playground runs live with charts and map', async ({
		page
	}) => {
		const requested = wasmRequests(page);
		await patchWorker(page, hideSimd);
		await page.route(SIMD_CORE, (route) => route.abort('failed'));
		await openPlayground(page);
		await expect(page.getByTestId('engine-failure')).toHaveCount(0);
		const path = chartPath(page, 'chart-supply');
		const before = (await path.getAttribute('d')) ?? '';
		await page.getByRole('button', { name: 'Play' }).click();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await expect.poll(() => weekShown(page)).toBeGreaterThan(20);
		await page.getByRole('button', { name: 'Pause' }).click();
		const grown = (await path.getAttribute('d')) ?? '';
		expect(grown.split('L').length).toBeGreaterThan(before.split('L').length + 15);
		await expect(page.getByTestId('map-status')).toContainText('hex cells, week');
		expect(requested).toHaveLength(1);
		expect(requested[0]).toMatch(SCALAR_CORE);
	});

	test('see the same run as with SIMD; a SIMD browser never downloads the scalar core', async ({
		page
	}) => {
		const requested = wasmRequests(page);
		await openPlayground(page, 'v=1&seed=11&preset=helium-like');
		const withSimd = await runToEnd(page);
		expect(requested).toHaveLength(1);
		expect(requested[0]).toMatch(SIMD_CORE);

		await patchWorker(page, hideSimd);
		await page.reload();
		await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
		const withoutSimd = await runToEnd(page);
		expect(requested).toHaveLength(2);
		expect(requested[1]).toMatch(SCALAR_CORE);
		expect(withoutSimd).toEqual(withSimd);
	});

	test('a browser without WebAssembly at all gets a clear message, not a blank page', async ({
		page
	}) => {
		await patchWorker(page, withoutWebAssembly);
		await page.goto('./');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('The simulation stopped.');
		await expect(alert).toContainText('it has no WebAssembly');
		await expect(page.getByRole('slider', { name: 'Cloud inertia' })).toBeEnabled();
	});
});
