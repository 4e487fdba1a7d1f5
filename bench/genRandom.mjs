/** The bench's seeded randomness (mulberry32, never Math.random) and the words its documents are made of. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const WORDS = [
  'cart',
  'checkout',
  'catalog',
  'search',
  'billing',
  'orders',
  'users',
  'auth',
  'media',
  'reports',
  'ledger',
  'notify',
  'gateway',
  'pricing',
  'stock',
  'review',
];
export const NAMESPACES = ['shop', 'payments', 'platform', 'data', 'batch'];
export const REGIONS = ['eu-west-1', 'us-east-1', 'us-west-2', 'ap-southeast-2'];
export const ACCOUNT = '123456789012';

export class Gen {
  constructor(seed) {
    this.r = mulberry32(seed);
  }
  int(lo, hi) {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick(xs) {
    return xs[Math.floor(this.r() * xs.length)];
  }
  chance(p) {
    return this.r() < p;
  }
  name(i) {
    return `${this.pick(WORDS)}-${i}`;
  }
  image(name) {
    if (this.chance(0.1)) return `nginx:latest`; // the classic slip a linter should flag
    return `${ACCOUNT}.dkr.ecr.${this.pick(REGIONS)}.amazonaws.com/${name}:${this.int(1, 9)}.${this.int(0, 20)}.${this.int(0, 9)}`;
  }
}
