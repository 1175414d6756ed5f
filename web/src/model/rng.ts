/**
 * Seeded PRNG, the bit-identical twin of assembly/rng.ts: xoshiro128** seeded by splitmix32
 * from (master seed, stream id). u32 arithmetic is emulated with Math.imul and `>>> 0`.
 */
export const STREAM_MARKET = 1;
export const STREAM_REGIME = 2;
export const STREAM_EVENTS = 3;

const GOLDEN = 0x9e3779b9;
const TWO_POW_32 = 4294967296;
const TWO_PI = 6.283185307179586;

function splitmix32(state: number): number {
	let z = state >>> 0;
	z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
	z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
	return (z ^ (z >>> 16)) >>> 0;
}

function rotl(x: number, k: number): number {
	return ((x << k) | (x >>> (32 - k))) >>> 0;
}

export class Rng {
	private s0 = 0;
	private s1 = 0;
	private s2 = 0;
	private s3 = 0;

	constructor(seed: number, stream: number) {
		let x = (seed ^ Math.imul(stream, 0x632be5ab)) >>> 0;
		x = (x + GOLDEN) >>> 0;
		this.s0 = splitmix32(x);
		x = (x + GOLDEN) >>> 0;
		this.s1 = splitmix32(x);
		x = (x + GOLDEN) >>> 0;
		this.s2 = splitmix32(x);
		x = (x + GOLDEN) >>> 0;
		this.s3 = splitmix32(x);
		if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
	}

	nextU32(): number {
		const result = Math.imul(rotl(Math.imul(this.s1, 5) >>> 0, 7), 9) >>> 0;
		const t = (this.s1 << 9) >>> 0;
		this.s2 = (this.s2 ^ this.s0) >>> 0;
		this.s3 = (this.s3 ^ this.s1) >>> 0;
		this.s1 = (this.s1 ^ this.s2) >>> 0;
		this.s0 = (this.s0 ^ this.s3) >>> 0;
		this.s2 = (this.s2 ^ t) >>> 0;
		this.s3 = rotl(this.s3, 11);
		return result;
	}

	uniform(): number {
		return (this.nextU32() + 0.5) / TWO_POW_32;
	}

	normal(): number {
		const u1 = this.uniform();
		const u2 = this.uniform();
		return Math.sqrt(-2 * Math.log(u1)) * Math.cos(TWO_PI * u2);
	}
}
