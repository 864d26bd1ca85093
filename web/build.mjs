// Builds the dashboard's vendored browser assets into parley/web/static/vendor/.
// Run: cd web && npm ci && node build.mjs   (the output is committed: Parley itself never needs npm)
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, statSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { feature } from "topojson-client";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const out = join(here, "..", "parley", "web", "static", "vendor");
const version = (name) => JSON.parse(readFileSync(join(modules, name, "package.json"), "utf8")).version;

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "images"), { recursive: true });

const copy = (from, to) => copyFileSync(join(modules, from), join(out, to));

// Leaflet (BSD-2-Clause): the minified script, its stylesheet and the images the stylesheet names.
copy("leaflet/dist/leaflet.js", "leaflet.js");
copy("leaflet/dist/leaflet.css", "leaflet.css");
for (const image of readdirSync(join(modules, "leaflet/dist/images"))) {
  copy(`leaflet/dist/images/${image}`, `images/${image}`);
}
// Leaflet.markercluster (MIT).
copy("leaflet.markercluster/dist/leaflet.markercluster.js", "leaflet.markercluster.js");
copy("leaflet.markercluster/dist/MarkerCluster.css", "MarkerCluster.css");
copy("leaflet.markercluster/dist/MarkerCluster.Default.css", "MarkerCluster.Default.css");

// ECharts (Apache-2.0): a custom build with only what the dashboard draws (line, bar, graph),
// about half the size of the full echarts.min.js. Exposed as the global `echarts`, like the full one.
const entry = `
import * as core from "echarts/core";
import { LineChart, BarChart, GraphChart } from "echarts/charts";
import { GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, TitleComponent }
  from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
core.use([LineChart, BarChart, GraphChart, GridComponent, TooltipComponent, LegendComponent,
          DataZoomComponent, TitleComponent, CanvasRenderer]);
export const init = core.init, getInstanceByDom = core.getInstanceByDom, graphic = core.graphic,
  version = core.version;
`;
await build({
  stdin: { contents: entry, resolveDir: here, loader: "js" },
  bundle: true, minify: true, format: "iife", globalName: "echarts", target: "es2018",
  outfile: join(out, "echarts.min.js"), legalComments: "none", logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"', __DEV__: "false" },
  banner: { js: `/*! ECharts ${version("echarts")} (line, bar, graph) | Apache License 2.0 | echarts.apache.org */` },
});

// Natural Earth 1:110m countries (public domain) from world-atlas (ISC), TopoJSON -> GeoJSON,
// coordinates rounded to 0.01 degree (about 1 km, far below what 1:110m resolves) to keep it small.
const topology = JSON.parse(readFileSync(join(modules, "world-atlas/countries-110m.json"), "utf8"));
const countries = feature(topology, topology.objects.countries);
const round = (c) => (typeof c[0] === "number" ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100]
  : c.map(round));
// Rings that cross the antimeridian (Russia, Fiji) and the one round the South Pole (Antarctica) jump
// from +180 to -180, which a flat map draws as a line across the world: their longitudes are made
// continuous (Chukotka at 190 degrees east), and the polar ring is closed along the pole.
const unwrap = (ring) => {
  let offset = 0;
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i][0] - ring[i - 1][0];
    if (step > 180) offset -= 360;
    else if (step < -180) offset += 360;
    out.push([ring[i][0] + offset, ring[i][1]]);
  }
  if (offset !== 0) {
    const pole = out.reduce((t, c) => t + c[1], 0) < 0 ? -90 : 90;
    out.push([out[out.length - 1][0], pole], [out[0][0], pole], out[0]);
  }
  return out;
};
for (const f of countries.features) {
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const polygon of polygons) {
    for (let r = 0; r < polygon.length; r++) polygon[r] = unwrap(polygon[r]);
  }
  f.geometry.coordinates = round(f.geometry.coordinates);
}
writeFileSync(join(out, "countries.geojson"), JSON.stringify(countries));

// The licences of everything shipped, and the versions it was built from.
const licences = [
  ["Leaflet", "leaflet", "LICENSE"],
  ["Leaflet.markercluster", "leaflet.markercluster", "MIT-LICENCE.txt"],
  ["Apache ECharts", "echarts", "LICENSE"],
  ["ECharts' renderer ZRender", "zrender", "LICENSE"],
  ["tslib (bundled in the ECharts build)", "tslib", "LICENSE.txt"],
  ["world-atlas (data: Natural Earth, public domain)", "world-atlas", "LICENSE"],
];
let text = "Third-party files in this folder, built by web/build.mjs from these npm packages.\n";
for (const [title, name, file] of licences) {
  text += `\n==== ${title}: ${name}@${version(name)} ====\n\n` + readFileSync(join(modules, name, file), "utf8");
}
text += "\n==== Natural Earth ====\n\nMade with Natural Earth. Free vector and raster map data @ naturalearthdata.com."
  + " Natural Earth data is in the public domain.\n";
writeFileSync(join(out, "LICENSES.txt"), text);

let total = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else { total += statSync(path).size; console.log(`${(statSync(path).size / 1024).toFixed(0).padStart(6)} KB  ${path.slice(out.length + 1)}`); }
  }
};
walk(out);
console.log(`${(total / 1024).toFixed(0).padStart(6)} KB  total in ${out}`);
