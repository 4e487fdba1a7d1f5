#!/usr/bin/env node
// UI test of the diagram's first pictures in the real VS Code (code-server in headless Chromium),
// on a copy of examples/: from eks/ingress.yaml, "Show Architecture for This File's
// Cluster/Namespace" draws the shop namespace's neighbourhood at 100 % with labels of at least
// 11 px; "Show Architecture Diagram" draws the overview (one box per cluster), a click drills into
// the EKS cluster and the breadcrumb leads back; arrow keys move between linked nodes and Enter
// opens the focused node's source. Screenshots: test-results/screenshots/levels-*.png
//
// usage: node test/vscode/ui/diagram-levels.cjs     (after `npm run build` and scripts/test-host/install.sh)
// env:   EXT_PATH (extension folder, default repo root), TIMEOUT_S (default 300)
// exit:  0 every check passed, 1 a check failed, 2 infrastructure error.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, startCodeServer, workbenchUrl, launchBrowser, waitFor, writeResult } = require('../host.cjs');
const { runCommand, quickOpen, cursor, openWorkbench } = require('./workbench.cjs');

const extPath = path.resolve(process.env.EXT_PATH || ROOT);
const timeoutMs = Number(process.env.TIMEOUT_S || 300) * 1000;
const SHOTS = path.join(ROOT, 'test-results/screenshots');
const t0 = Date.now();
const log = (...a) => console.log(`[levels ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const f of fs.readdirSync(SHOTS)) if (/^levels-/.test(f)) fs.rmSync(path.join(SHOTS, f));
  const examples = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-eks-levels-'));
  fs.cpSync(path.join(ROOT, 'examples'), examples, { recursive: true });
  const server = startCodeServer({
    label: 'levels',
    folder: examples,
    extension: extPath,
    settings: { 'files.autoSave': 'off', 'workbench.colorTheme': 'Default Light Modern' },
  });
  const browser = await launchBrowser({ width: 1600, height: 1000 });
  const { page } = browser;
  const results = [];
  const shot = (name) => page.screenshot({ path: path.join(SHOTS, `levels-${name}.png`) }).catch(() => {});
  /** the webview alone, for the README */
  const viewShot = (name) =>
    page
      .locator('iframe.webview.ready')
      .last()
      .screenshot({ path: path.join(SHOTS, `levels-${name}-view.png`) })
      .catch(() => {});

  async function check(name, fn) {
    try {
      await fn();
      results.push({ name, ok: true });
      log(`ok   ${name}`);
    } catch (err) {
      results.push({ name, ok: false });
      log(`FAIL ${name}: ${String((err && err.message) || err).split('\n')[0]}`);
      await shot(`fail-${name.replace(/\W+/g, '-').slice(0, 60)}`);
      await page.keyboard.press('Escape').catch(() => {});
    }
  }

  /** the diagram webview's inner frame once it has drawn the level `mode` (overview, detail, focus) */
  async function drawn(mode, ms = 60000) {
    return waitFor(
      async () => {
        for (const f of page.frames()) {
          const ok = await f
            .evaluate(
              (mode) =>
                document.body.dataset.state === 'rendered' && document.body.dataset.mode === mode && !!document.getElementById('viewport'),
              mode,
            )
            .catch(() => false);
          if (ok) return f;
        }
        return undefined;
      },
      `the diagram drawn at level "${mode}"`,
      ms,
      250,
    );
  }

  /** what is drawn: node labels, the breadcrumb, the zoom, and each label's size on screen */
  const picture = (frame) =>
    frame.evaluate(() => {
      const m = /scale\(([\d.]+)\)/.exec(document.getElementById('canvas').style.transform);
      const scale = m ? Number(m[1]) : 1;
      const svg = document.querySelector('#canvas svg');
      // the SVG is drawn at its natural size (width = viewBox width); our zoom is the canvas transform
      const svgScale = svg ? svg.getBoundingClientRect().width / scale / svg.viewBox.baseVal.width : 1;
      const labels = Array.from(document.querySelectorAll('#canvas g.node[data-node] .nodeLabel, #canvas g.node[data-node] text'));
      const px = labels.map((l) => parseFloat(window.getComputedStyle(l).fontSize) * scale * svgScale);
      return {
        nodes: Array.from(document.querySelectorAll('#canvas g.node[data-node]')).map((g) => g.textContent.replace(/\s+/g, ' ').trim()),
        crumbs: Array.from(document.querySelectorAll('#crumbs .crumb')).map((b) => b.textContent),
        zoom: document.getElementById('zoom-level').textContent,
        minLabelPx: px.length ? Math.min(...px) : 0,
        labels: labels.length,
      };
    });

  const timer = setTimeout(() => {
    log(`FAIL: no result within ${timeoutMs / 1000} s`);
    shot('timeout').finally(() => process.exit(2));
  }, timeoutMs);
  try {
    await openWorkbench(page, workbenchUrl(server.authority, examples));
    let frame;

    await check("from ingress.yaml: the shop namespace's neighbourhood at 100 %, labels of 11 px or more", async () => {
      // the first Quick Open of a fresh window waits for the file search to come up
      await quickOpen(page, 'eks/ingress.yaml', 120000);
      await runCommand(page, "ECS & EKS: Show Architecture for This File's Cluster/Namespace", 45000);
      frame = await drawn('focus');
      const p = await waitFor(
        async () => {
          const x = await picture(frame);
          return x.nodes.some((t) => t.includes('ALB Ingress storefront')) && x;
        },
        'the Ingress drawn',
        30000,
      );
      for (const want of ['Service storefront', 'Deployment storefront', 'ServiceAccount storefront', 'PVC storefront-media'])
        if (!p.nodes.some((t) => t.includes(want))) throw new Error(`no "${want}" in the neighbourhood`);
      if (p.nodes.some((t) => /ECS service|Task definition/.test(t))) throw new Error('ECS resources in the namespace neighbourhood');
      if (p.zoom !== '100%') throw new Error(`initial zoom ${p.zoom}`);
      if (!(p.labels > 0 && p.minLabelPx >= 11)) throw new Error(`smallest label ${p.minLabelPx.toFixed(1)} px of ${p.labels}`);
      if (p.crumbs.join(' › ') !== 'Overview › EKS cluster shop-eks › namespace shop › ingress.yaml')
        throw new Error(`breadcrumb: ${p.crumbs.join(' › ')}`);
      log(`     ${p.nodes.length} nodes at ${p.zoom}, smallest label ${p.minLabelPx.toFixed(1)} px; ${p.crumbs.join(' › ')}`);
      await shot('1-neighbourhood');
      await viewShot('1-neighbourhood');
    });

    await check('the overview: one box per cluster; a click drills into the EKS cluster, the breadcrumb leads back', async () => {
      await runCommand(page, 'ECS & EKS: Show Architecture Diagram', 45000);
      frame = await drawn('overview');
      const over = await picture(frame);
      const boxes = ['ECS cluster shop', 'EKS cluster shop-eks', 'AWS account resources'];
      for (const b of boxes)
        if (!over.nodes.some((t) => t.includes(b) && /\d+ resources/.test(t)))
          throw new Error(`no box "${b}" with its count: ${over.nodes.join(' | ')}`);
      // every box is a cluster or the account lane (examples/ has more clusters than these three); besides the
      // boxes, only what sits in no group (the deploy workflow, ecspresso's task): nothing of a cluster
      const folded = over.nodes.filter((t) => /\d+ resources?\b/.test(t));
      const loose = over.nodes.filter((t) => !/\d+ resources?\b/.test(t));
      if (
        folded.some((t) => !/(ECS cluster|EKS cluster|AWS account resources)/.test(t)) ||
        loose.some((t) => /ECS service|Deployment|Ingress|namespace/.test(t))
      )
        throw new Error(`${over.nodes.length} elements in the overview: ${over.nodes.join(' | ')}`);
      if (!(over.minLabelPx >= 11)) throw new Error(`smallest label ${over.minLabelPx.toFixed(1)} px`);
      log(`     overview: ${over.nodes.join(' | ')}`);
      await shot('2-overview');
      await viewShot('2-overview');
      await frame.locator('#canvas g.node[data-node]', { hasText: 'EKS cluster shop-eks' }).click();
      frame = await drawn('detail');
      const eks = await waitFor(
        async () => {
          const x = await picture(frame);
          return x.nodes.some((t) => t.includes('Deployment storefront')) && x;
        },
        'the cluster drawn',
        20000,
      );
      if (eks.nodes.some((t) => /ECS service/.test(t))) throw new Error('ECS services drawn inside the EKS cluster');
      if (eks.crumbs.join(' › ') !== 'Overview › EKS cluster shop-eks') throw new Error(`breadcrumb: ${eks.crumbs.join(' › ')}`);
      log(`     drilled into the EKS cluster: ${eks.nodes.length} nodes`);
      await shot('3-drilled');
      await viewShot('3-drilled');
      await frame.locator('#crumbs .crumb', { hasText: 'Overview' }).click();
      frame = await drawn('overview');
      const back = await picture(frame);
      if (back.nodes.length !== over.nodes.length)
        throw new Error(`back at the overview with ${back.nodes.length} elements, ${over.nodes.length} before`);
    });

    await check('arrow keys move between linked nodes; Enter opens the focused node’s source', async () => {
      await frame.locator('#canvas g.node[data-node]', { hasText: 'EKS cluster shop-eks' }).click();
      frame = await drawn('detail');
      const ingress = frame.locator('#canvas g.node[data-node]', { hasText: 'ALB Ingress storefront' });
      await ingress.waitFor({ timeout: 20000 });
      await ingress.focus();
      const focused = () =>
        frame.evaluate(() => {
          const a = document.activeElement;
          return a && a.getAttribute('data-node') ? a.getAttribute('aria-label') : '';
        });
      await waitFor(async () => /ALB Ingress storefront|Ingress storefront/.test(await focused()), 'the Ingress focused', 5000, 50);
      // the Ingress routes to the Service: the arrow key pointing from one to the other moves there
      // (which key depends on the layout: dagre stacks a namespace top to bottom, ELK left to right)
      const toward = await frame.evaluate(() => {
        const box = (text) =>
          Array.from(document.querySelectorAll('#canvas g.node[data-node]'))
            .find((g) => g.textContent.includes(text))
            .getBoundingClientRect();
        const [a, b] = [box('ALB Ingress storefront'), box('Service storefront')];
        const dx = b.left + b.width / 2 - (a.left + a.width / 2),
          dy = b.top + b.height / 2 - (a.top + a.height / 2);
        return Math.abs(dx) > Math.abs(dy)
          ? dx > 0
            ? ['ArrowRight', 'ArrowLeft']
            : ['ArrowLeft', 'ArrowRight']
          : dy > 0
            ? ['ArrowDown', 'ArrowUp']
            : ['ArrowUp', 'ArrowDown'];
      });
      await page.keyboard.press(toward[0]);
      const next = await waitFor(
        async () => {
          const f = await focused();
          return f && !/Ingress storefront/.test(f) && f;
        },
        'the focus to move',
        5000,
        50,
      );
      if (!/^Service storefront/.test(next)) throw new Error(`${toward[0]} from the Ingress went to "${next}"`);
      await page.keyboard.press(toward[1]);
      await waitFor(async () => /Ingress storefront/.test(await focused()), 'the focus back on the Ingress', 5000, 50);
      await page.keyboard.press(toward[0]);
      await waitFor(async () => /^Service storefront/.test(await focused()), 'the focus on the Service again', 5000, 50);
      log(`     ${toward[0]}: ${next}`);
      await shot('4-keyboard');
      await viewShot('4-keyboard');
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: 'storefront.yaml' }).waitFor({ timeout: 15000 });
      const yaml = fs.readFileSync(path.join(examples, 'eks/storefront.yaml'), 'utf8').split('\n');
      const kindLine = yaml.findIndex((l) => l === 'kind: Service') + 1;
      const end = yaml.findIndex((l, i) => i >= kindLine && l === '---') + 1 || yaml.length;
      // somewhere in the Service's document (apiVersion line to the next ---), not in the Deployment's
      const at = await waitFor(
        async () => {
          const c = await cursor(page).catch(() => undefined);
          return c && c.line >= kindLine - 1 && c.line <= end && c;
        },
        `the cursor in the Service (lines ${kindLine - 1}–${end})`,
        10000,
      );
      log(`     Enter opened storefront.yaml at Ln ${at.line}`);
      await shot('5-opened');
    });
  } finally {
    clearTimeout(timer);
    await browser.close();
    server.stop();
    fs.rmSync(examples, { recursive: true, force: true });
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  writeResult('levels', passed, failed);
  console.log(`levels: ${passed} passed, ${failed} failed (screenshots in ${path.relative(ROOT, SHOTS)}/levels-*.png)`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error((err && err.stack) || String(err));
    writeResult('levels', 0, 1);
    process.exit(2);
  },
);
