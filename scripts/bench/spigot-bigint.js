'use strict';
// The seed's "before": the same Gibbons spigot in plain JavaScript BigInt.
// Benchmarks compare against it; it shares nothing with the Go code.

/** The first n digits of pi as an array of numbers. */
function spigotDigits(n) {
  const out = new Array(n);
  let q = 1n;
  let r = 180n;
  let t = 60n;
  let i = 2n;
  for (let k = 0; k < n; k++) {
    const digit = ((27n * i - 12n) * q + 5n * r) / (5n * t);
    const u = 3n * (3n * i + 1n) * (3n * i + 2n);
    r = 10n * u * (q * (5n * i - 2n) + r - t * digit);
    q *= 10n * i * (2n * i - 1n);
    t *= u;
    i += 1n;
    out[k] = Number(digit);
  }
  return out;
}

module.exports = { spigotDigits };
