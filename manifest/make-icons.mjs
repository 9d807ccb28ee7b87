// Draws the two Teams app icons with Node built-ins only (no ImageMagick on this machine).
// Glyph: four rising bars, one per rating level (Not yet established .. Exemplary).
// Run: node manifest/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const ACCENT = [0x1d, 0x5d, 0x8c]; // keep equal to accentColor in manifest.template.json
const WHITE = [255, 255, 255];
const SAMPLES = 4; // 4x4 samples per pixel give smooth edges

// Signed distance from a point to a rounded rectangle; negative inside.
function distance(px, py, r) {
  const qx = Math.abs(px - (r.x + r.w / 2)) - (r.w / 2 - r.radius);
  const qy = Math.abs(py - (r.y + r.h / 2)) - (r.h / 2 - r.radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r.radius;
}

// Four bars of equal width, bottoms aligned, rising left to right.
function bars({ left, bottom, width, gap, heights, radius }) {
  return heights.map((h, i) => ({ x: left + i * (width + gap), y: bottom - h, w: width, h, radius }));
}

// glyph(px, py) returns [rgb, alpha] or null. A background makes the image opaque.
function render(size, background, glyph) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0]; // premultiplied r, g, b and coverage
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const hit = glyph(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
          let rgb = hit ? hit[0] : WHITE;
          let alpha = hit ? hit[1] : 0;
          if (background) {
            rgb = rgb.map((c, i) => c * alpha + background[i] * (1 - alpha));
            alpha = 1;
          }
          for (let i = 0; i < 3; i++) sum[i] += rgb[i] * alpha;
          sum[3] += alpha;
        }
      }
      const o = (y * size + x) * 4;
      for (let i = 0; i < 3; i++) rgba[o + i] = sum[3] ? Math.round(sum[i] / sum[3]) : 255;
      rgba[o + 3] = Math.round((sum[3] / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return rgba;
}

function chunk(type, data) {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(zlib.crc32(typed) >>> 0, typed.length + 4);
  return out;
}

// 8-bit RGBA, not interlaced, filter type 0 on every row.
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const stride = size * 4;
  const raw = Buffer.alloc(size * (stride + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// color.png: white bars on the accent colour; lower levels fainter, so the rise reads at a glance.
const colorBars = bars({ left: 34, bottom: 147, width: 22, gap: 12, heights: [30, 54, 78, 102], radius: 5 });
const colorAlpha = [0.55, 0.7, 0.85, 1];
const color = render(192, ACCENT, (px, py) => {
  const i = colorBars.findIndex((r) => distance(px, py, r) <= 0);
  return i < 0 ? null : [WHITE, colorAlpha[i]];
});

// outline.png: the same bars as 1 px white outlines on transparent, as Teams asks.
const outlineBars = bars({ left: 3, bottom: 28, width: 5, gap: 2, heights: [9, 14, 19, 24], radius: 1.5 });
const outline = render(32, null, (px, py) =>
  outlineBars.some((r) => {
    const d = distance(px, py, r);
    return d <= 0 && d > -1;
  })
    ? [WHITE, 1]
    : null,
);

writeFileSync(join(here, 'color.png'), encodePng(192, color));
writeFileSync(join(here, 'outline.png'), encodePng(32, outline));
console.log('wrote manifest/color.png (192x192) and manifest/outline.png (32x32)');
