// Draws the extension icon (images/icon.png, 128x128) without an image tool: shapes are
// rasterised here with 4x4 supersampling and written as a PNG with node:zlib.
// Run: node scripts/make-icon.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

/** Signed distance to a rounded rectangle centred at (cx, cy). Negative inside. */
function roundedRect(x, y, cx, cy, halfWidth, halfHeight, radius) {
  const dx = Math.abs(x - cx) - (halfWidth - radius);
  const dy = Math.abs(y - cy) - (halfHeight - radius);
  const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
  return outside + Math.min(Math.max(dx, dy), 0) - radius;
}

/** The colour of one sample point, back to front; undefined where the icon is transparent. */
function colourAt(x, y) {
  if (roundedRect(x, y, 64, 64, 60, 60, 22) > 0) return undefined;
  // Background: teal, lighter towards the top.
  const t = y / SIZE;
  let colour = [Math.round(18 + 20 * (1 - t)), Math.round(128 + 40 * (1 - t)), Math.round(132 + 30 * (1 - t))];
  // White medical cross.
  const cross = Math.min(roundedRect(x, y, 64, 54, 13, 36, 5), roundedRect(x, y, 64, 54, 36, 13, 5));
  if (cross <= 0) colour = [255, 255, 255];
  // Amber squiggle underneath, like a lint underline.
  const wave = 100 + 5 * Math.sin(((x - 22) / 84) * Math.PI * 4);
  if (x >= 22 && x <= 106 && Math.abs(y - wave) <= 3.5) colour = [255, 184, 48];
  return colour;
}

function render() {
  const rows = [];
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
    for (let x = 0; x < SIZE; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const offset = 1 + x * 4;
      if (covered > 0) {
        row[offset] = Math.round(r / covered);
        row[offset + 1] = Math.round(g / covered);
        row[offset + 2] = Math.round(b / covered);
      }
      row[offset + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // colour type: RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(render(), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const out = new URL('../images/icon.png', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, png);
console.log(`wrote images/icon.png (${png.length} bytes)`);
