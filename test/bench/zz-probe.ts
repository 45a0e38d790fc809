// Scratch probe (not committed): where does an edit among 50k spend its time?
import { resolve } from 'node:path';
import { settledAt, startBrowser } from './browser-session';
import { benchDocuments, openDocument } from './editor-benches';
const root = resolve(import.meta.dirname, '../..');
const docs = benchDocuments();
const b = await startBrowser(root, process.env.PLATSEN_BENCH_DIST!);
const { page } = b;
async function edits(label: string, n = 4) {
  const times: number[] = [];
  for (let r = 0; r < n; r++) {
    await settledAt(page, 1200);
    times.push(await page.evaluate(async (title) => {
      const w = window as any;
      const { store, map } = w.__platsen;
      const id = w.__probeId;
      const start = performance.now();
      const shown = new Promise<number>((resolve) => {
        const onIdle = () => {
          const hit = map.queryRenderedFeatures({ layers: ['platsen-points', 'platsen-points-b', 'platsen-points-few'].filter((l) => map.getLayer(l)) }).some((f: any) => f.properties.id === id && f.properties.title === title);
          if (!hit) return;
          map.off('idle', onIdle);
          resolve(performance.now() - start);
        };
        map.on('idle', onIdle);
      });
      void store.dispatch(w.__platsenBench.updateInvestments, { ids: [id], changes: { title } });
      return shown;
    }, `${label} ${r}`));
  }
  times.sort((a, b) => a - b);
  console.log(label.padEnd(30), times.map((t) => t.toFixed(0)).join(' '), 'median', ((times[1]! + times[2]!) / 2).toFixed(0));
}
try {
  await openDocument(b, docs['50k']);
  await page.evaluate(() => {
    const w = window as any;
    const { store, map } = w.__platsen;
    const inv = Object.values(store.getState().doc.investments).find((i: any) => i.geometry.type === 'Point' && !i.wholeArea) as any;
    w.__probeId = inv.id;
    map.jumpTo({ center: inv.geometry.coordinates, zoom: 15 });
  });
  await edits('as built');
  await edits('as built again');
  await page.evaluate(() => {
    const { map } = (window as any).__platsen;
    for (const l of ['platsen-points', 'platsen-points-b', 'platsen-clusters', 'platsen-clusters-b']) if (map.getLayer(l)) map.setLayoutProperty(l, 'icon-ignore-placement', true);
  });
  await edits('ignore placement');
  await page.evaluate(async () => {
    const { map } = (window as any).__platsen;
    for (const id of ['platsen-points', 'platsen-points-b']) {
      const s = map.getSource(id);
      s.workerOptions.clusterProperties = undefined;
      await s.setClusterOptions({ cluster: true });
    }
  });
  await edits('no cluster properties');
} finally { await b.close(); }
