// A small bar chart drawn as SVG (no library): one bar per value, the value written above it, labels below.
// role="img" with a label that states the numbers, so the chart is not the only way to read them (the page also
// shows them in a table).
const SVG = 'http://www.w3.org/2000/svg';

function node(name, attributes, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes || {})) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * bars: [{label, value}] (value null = no measure); options: title (accessible name), unit, format(value) → text.
 * Returns an <svg> element that scales to its container's width.
 */
export function barChart(bars, options) {
  const opts = options || {};
  const format = opts.format || ((value) => String(value));
  const width = 640;
  const height = 260;
  const top = 28;
  const bottom = 48;
  const left = 56;
  const right = 16;
  const plotHeight = height - top - bottom;
  const plotWidth = width - left - right;
  const max = Math.max(1, ...bars.map((bar) => bar.value || 0));
  const ticks = 4;
  const step = niceStep(max / ticks);
  const scale = step * ticks;
  const summary = bars.map((bar) => `${bar.label}: ${bar.value === null || bar.value === undefined ? '—' : format(bar.value)}`).join('; ');
  const svg = node('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart', 'aria-label': `${opts.title || ''} ${summary}`.trim() });
  svg.append(node('title', {}, `${opts.title || ''}${opts.unit ? ` (${opts.unit})` : ''}`));
  // Axis with three grid lines.
  for (let i = 0; i <= ticks; i += 1) {
    const y = top + plotHeight - (plotHeight * i) / ticks;
    svg.append(node('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'grid' }));
    svg.append(node('text', { x: left - 6, y: y + 4, class: 'axis', 'text-anchor': 'end' }, String(Math.round(step * i * 100) / 100)));
  }
  const slot = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.min(56, slot * 0.6);
  bars.forEach((bar, index) => {
    const x = left + slot * index + (slot - barWidth) / 2;
    const value = bar.value || 0;
    const barHeight = (plotHeight * value) / scale;
    const y = top + plotHeight - barHeight;
    const rect = node('rect', { x, y, width: barWidth, height: Math.max(barHeight, value ? 1 : 0), class: 'bar' });
    svg.append(rect);
    svg.append(node('text', { x: x + barWidth / 2, y: y - 6, class: 'value', 'text-anchor': 'middle' }, bar.value === null || bar.value === undefined ? '—' : format(bar.value)));
    svg.append(node('text', { x: x + barWidth / 2, y: height - bottom + 18, class: 'label', 'text-anchor': 'middle' }, shorten(bar.label)));
  });
  if (opts.unit) svg.append(node('text', { x: 4, y: 14, class: 'axis' }, opts.unit));
  return svg;
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) at least as large as rough. */
function niceStep(rough) {
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const factor of [1, 2, 2.5, 5, 10]) {
    if (factor * power >= rough) return factor * power;
  }
  return 10 * power;
}

function shorten(label) {
  const text = String(label);
  return text.length > 14 ? `${text.slice(0, 13)}…` : text;
}
