/**
 * The chart as a file a newspaper can print: one SVG with the title, the
 * legend, the plot and the source line, colours as presentation attributes
 * (no stylesheet, no script); a PNG drawn from that SVG on a canvas; and a
 * download through an object URL.
 */
import { esc, legendOf, plotSvg, type Layout, type Palette } from './plot.js';

export interface ExportText { title: string; subtitle: string; source: string; desc: string; font: string }

const PAD = 16;

export function exportSvg(g: Layout, p: Palette, o: ExportText): { svg: string; width: number; height: number } {
  const d = g.s!.d;
  const width = d.width + 2 * PAD;
  const t = (x: number, y: number, s: string, size: number, fill: string, bold = false) =>
    `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${bold ? ' font-weight="700"' : ''}>${esc(s)}</text>`;
  let y = PAD + 18;
  let out = t(PAD, y, o.title, 18, p.text, true);
  if (o.subtitle) out += t(PAD, (y += 22), o.subtitle, 14, p.muted);
  // Legend items flow in rows, as the HTML legend does on screen.
  let x = PAD;
  y += 26;
  for (const item of legendOf(g, p)) {
    const w = 34 + item.label.length * 7.5;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += 22;
    }
    out += `<g transform="translate(${x},${y - 11})">${item.swatch}</g>${t(x + 34, y, item.label, 13, p.text)}`;
    x += w + 16;
  }
  y += 10;
  out += `<g transform="translate(${PAD},${y})">${plotSvg(g, p)}</g>`;
  y += d.height + 22;
  out += t(PAD, y, o.source, 12, p.muted);
  const height = y + PAD;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(o.font)}">`
    + `<title>${esc(o.title)}</title><desc>${esc(o.desc)}</desc><rect width="100%" height="100%" fill="${p.bg}"/>${out}</svg>`;
  return { svg, width, height };
}

/** A PNG of the SVG at `scale` × its size. Needs `blob:` images allowed by the page's CSP. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
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
