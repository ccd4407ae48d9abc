// Draws the app icons into public/icons. Run once after changing the design:
//   node --import tsx scripts/make-icons.ts
// The PNGs are committed so a build needs no fonts.
import { writeFileSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

const cjkFont = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
GlobalFonts.registerFromPath(cjkFont, 'NotoCJK');

function draw(size: number, safeZone: number): Buffer {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#0017c1';
  ctx.fillRect(0, 0, size, size);
  const inner = size * safeZone;
  ctx.fillStyle = '#ffffff';
  ctx.font = `${Math.round(inner * 0.62)}px NotoCJK`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('窓', size / 2, size / 2 + inner * 0.02);
  return canvas.toBuffer('image/png');
}

writeFileSync('public/icons/icon-192.png', draw(192, 1));
writeFileSync('public/icons/icon-512.png', draw(512, 1));
// Maskable icons keep their content inside the central 80 % safe zone.
writeFileSync('public/icons/icon-maskable-512.png', draw(512, 0.8));
console.log('icons written to public/icons');
