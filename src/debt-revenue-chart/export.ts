/**
 * The chart as a file a newspaper can print: one SVG with the title, the
 * legend, the plot and the source line, colours as presentation attributes
 * (no stylesheet, no script); a PNG drawn from that SVG on a canvas; and a
 * download through an object URL.
 */
import { el, legendOf, plotSvg, serialize, type Layout, type Palette } from './plot.js';

export interface ExportText { title: string; subtitle: string; source: string; desc: string; font: string }

const PAD = 16;

export function exportSvg(g: Layout, p: Palette, o: ExportText): { svg: string; width: number; height: number } {
  const d = g.s!.d;
  const width = d.width + 2 * PAD;
  const text = (x: number, y: number, s: string, size: number, color: string, bold?: number) =>
    el('text', { x, y, 'font-size': size, fill: color, 'font-weight': bold }, s);
  const at = (x: number, y: number, kids: Node[]) => el('g', { transform: `translate(${x},${y})` }, kids);
  let y = PAD + 18;
  const out = [text(PAD, y, o.title, 18, p.text, 700)];
  if (o.subtitle) out.push(text(PAD, (y += 22), o.subtitle, 14, p.muted));
  // Legend items flow in rows, as the HTML legend does on screen.
  let x = PAD;
  y += 26;
  for (const item of legendOf(g, p)) {
    const w = 34 + item.label.length * 7.5;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += 22;
    }
    out.push(at(x, y - 11, item.swatch), text(x + 34, y, item.label, 13, p.text));
    x += w + 16;
  }
  out.push(at(PAD, y + 10, [plotSvg(g, p)]), text(PAD, (y += d.height + 32), o.source, 12, p.muted));
  const height = y + PAD;
  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': o.font }, [
    el('title', {}, o.title), el('desc', {}, o.desc), el('rect', { width: '100%', height: '100%', fill: p.bg }), ...out,
  ]);
  return { svg: serialize(svg), width, height };
}

/** A PNG of the SVG at twice its size. Needs `blob:` images allowed by the page's CSP. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const img = new Image();
  img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    await img.decode();
    const canvas = new OffscreenCanvas(width * 2, height * 2);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, width, height);
    return await canvas.convertToBlob();
  } finally {
    URL.revokeObjectURL(img.src);
  }
}

/** Saves a file through a temporary link; the URL is freed once the download has surely started. */
export function download(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.download = name;
  a.href = URL.createObjectURL(blob);
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 30000);
}
