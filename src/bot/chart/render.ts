/**
 * Render a Vega-Lite specification to PNG on the server: Vega-Lite compiles it to Vega, Vega draws
 * it as SVG without a browser or canvas (`renderer: 'none'`), resvg rasterises the SVG off the main
 * thread with the bundled Noto Sans (SIL OFL 1.1, from `@expo-google-fonts/noto-sans`): system fonts
 * are not loaded, so the picture is the same on every machine and "Quý III/2024", "Hà Giang" keep
 * their diacritics.
 */
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_FONT } from './spec.ts';

/** Pixels per CSS pixel of the specification: sharp on phone screens, still a small file. */
export const CHART_ZOOM = 1.5;

const require = createRequire(import.meta.url);
/** The TTF files of the chart font (regular and bold: Vega draws titles in bold). */
export const FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];

/** The specification drawn as SVG (text as text, in {@link CHART_FONT}). */
export async function specToSvg(spec: TopLevelSpec): Promise<string> {
  const vega = compile(spec).spec;
  const view = new View(parse(vega), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The specification as a PNG image. */
export async function renderPng(spec: TopLevelSpec): Promise<Buffer> {
  const svg = await specToSvg(spec);
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: CHART_FONT },
    fitTo: { mode: 'zoom', value: CHART_ZOOM },
    background: 'white',
  });
  return image.asPng();
}
