// Seeded PRNG: xoshiro128** seeded by splitmix32 from (master seed, stream id), so that each
// model module draws from its own stream and switching one module off never shifts another.
// Bit-identical twin: web/src/model/rng.ts (tests/wasm/rng.test.ts compares the streams).
import { InlineMath } from './inline-math';

/** Stream ids: one per module that draws random numbers. Never renumber. */
export const STREAM_MARKET: u32 = 1;
export const STREAM_REGIME: u32 = 2;
export const STREAM_EVENTS: u32 = 3;
/** Spatial engine: the synthetic population map, then device placement and removal. */
export const STREAM_CITIES: u32 = 4;
export const STREAM_PLACEMENT: u32 = 5;
/** Spatial agents: miners' traits and choices; devices' uptime and honesty. */
export const STREAM_MINERS: u32 = 6;
export const STREAM_DEVICES: u32 = 7;

function splitmix32(state: u32): u32 {
	let z = state;
	z = (z ^ (z >>> 16)) * 0x85ebca6b;
	z = (z ^ (z >>> 13)) * 0xc2b2ae35;
	return z ^ (z >>> 16);
}

const GOLDEN: u32 = 0x9e3779b9;
/** 2⁻³²: multiplying by it is exact, so it equals dividing by 2³², bit for bit (and is faster). */
const INV_TWO_POW_32: f64 = 2.3283064365386963e-10;
const TWO_PI: f64 = 6.283185307179586;

export class Rng {
	s0: u32 = 0;
	s1: u32 = 0;
	s2: u32 = 0;
	s3: u32 = 0;

	/** Re-seeds in place (no allocation). Called by init() for every stream. */
	seed(seed: u32, stream: u32): void {
		let x = seed ^ (stream * 0x632be5ab);
		x += GOLDEN;
		this.s0 = splitmix32(x);
		x += GOLDEN;
		this.s1 = splitmix32(x);
		x += GOLDEN;
		this.s2 = splitmix32(x);
		x += GOLDEN;
		this.s3 = splitmix32(x);
		if ((this.s0 | this.s1 | this.s2 | this.s3) == 0) this.s0 = 1;
	}

	nextU32(): u32 {
		const result = rotl<u32>(this.s1 * 5, 7) * 9;
		const t = this.s1 << 9;
		this.s2 ^= this.s0;
		this.s3 ^= this.s1;
		this.s1 ^= this.s2;
		this.s0 ^= this.s3;
		this.s2 ^= t;
		this.s3 = rotl<u32>(this.s3, 11);
		return result;
	}

	/** Uniform in the open interval (0, 1): safe for log(). */
	uniform(): f64 {
		return (<f64>this.nextU32() + 0.5) * INV_TWO_POW_32;
	}

	/** Standard normal by Box–Muller; always consumes two draws. */
	normal(): f64 {
		const u1 = this.uniform();
		const u2 = this.uniform();
		return Math.sqrt(-2.0 * InlineMath.log(u1)) * Math.cos(TWO_PI * u2);
	}
}
