'use strict';
// A log-log line plot as SVG, no dependencies: time against n, one line per
// implementation.

const COLORS = ['#d62728', '#ff7f0e', '#7f7f7f', '#1f77b4', '#2ca02c', '#9467bd', '#8c564b'];

/** results: { name: { n: seconds } }; sizes: the n of the x axis. */
function plot(results, sizes) {
  const W = 760;
  const H = 460;
  const left = 70;
  const right = 250;
  const top = 20;
  const bottom = 50;
  const all = Object.values(results).flatMap((r) => Object.values(r));
  const yMin = Math.floor(Math.log10(Math.min(...all)));
  const yMax = Math.ceil(Math.log10(Math.max(...all)));
  const xMin = Math.log10(sizes[0]);
  const xMax = Math.log10(sizes[sizes.length - 1]);
  const x = (n) => left + ((Math.log10(n) - xMin) / (xMax - xMin)) * (W - left - right);
  const y = (s) => H - bottom - ((Math.log10(s) - yMin) / (yMax - yMin)) * (H - top - bottom);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
  ];
  for (let e = yMin; e <= yMax; e++) {
    const label = e >= 0 ? `${10 ** e} s` : e >= -3 ? `${10 ** (e + 3)} ms` : `${10 ** (e + 6)} µs`;
    out.push(`<line x1="${left}" x2="${W - right}" y1="${y(10 ** e)}" y2="${y(10 ** e)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y(10 ** e) + 4}" text-anchor="end">${label}</text>`);
  }
  for (const n of sizes) {
    out.push(`<line x1="${x(n)}" x2="${x(n)}" y1="${top}" y2="${H - bottom}" stroke="#ddd"/>`,
      `<text x="${x(n)}" y="${H - bottom + 18}" text-anchor="middle">10^${Math.log10(n)}</text>`);
  }
  out.push(`<text x="${(left + W - right) / 2}" y="${H - 10}" text-anchor="middle">digits (n)</text>`,
    `<text x="16" y="${(top + H - bottom) / 2}" transform="rotate(-90 16 ${(top + H - bottom) / 2})" text-anchor="middle">time</text>`);
  Object.entries(results).forEach(([name, points], i) => {
    const color = COLORS[i % COLORS.length];
    const xy = Object.entries(points).map(([n, s]) => `${x(Number(n)).toFixed(1)},${y(s).toFixed(1)}`);
    out.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${xy.join(' ')}"/>`);
    for (const p of xy) out.push(`<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${color}"/>`);
    const ly = top + 16 + i * 20;
    out.push(`<line x1="${W - right + 16}" x2="${W - right + 40}" y1="${ly - 4}" y2="${ly - 4}" stroke="${color}" stroke-width="2"/>`,
      `<text x="${W - right + 46}" y="${ly}">${name}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

module.exports = { plot };
