// The source beside the record: a PDF drawn by pdf.js (served from the installed pdfjs-dist
// package), or the document's text; showQuote finds the evidence quote and highlights it.
const pdfBox = document.getElementById('pdf-viewer');
const textBox = document.getElementById('text-viewer');

/** the quote's characters without white space and table cell bars (" | "), lower case: PDF text splits lines and words freely */
const squeeze = (s) => s.replace(/[\s|]+/g, '').toLowerCase();

let pdf = null;
async function loadPdf() {
  if (pdf) return pdf;
  const pdfjs = await import('/vendor/pdfjs/build/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = '/vendor/pdfjs/build/pdf.worker.mjs';
  pdf = { pdfjs, doc: await pdfjs.getDocument({ url: pdfBox.dataset.src, cMapUrl: '/vendor/pdfjs/cmaps/', cMapPacked: true, standardFontDataUrl: '/vendor/pdfjs/standard_fonts/', isEvalSupported: false }).promise };
  return pdf;
}

/** Indexes of the text items that hold the quote on a page, or null. */
function findInItems(items, quote) {
  let joined = '';
  const owner = [];
  items.forEach((item, i) => {
    const s = squeeze(item.str);
    joined += s;
    for (let k = 0; k < s.length; k++) owner.push(i);
  });
  const q = squeeze(quote);
  if (!q) return null;
  // the whole quote; else its first 60 characters (a quote may run onto the next page)
  for (const probe of [q, q.slice(0, 60)]) {
    const at = joined.indexOf(probe);
    if (at >= 0) return [...new Set(owner.slice(at, at + probe.length))];
  }
  return null;
}

let renderTask = null;
async function renderPage(number, hits) {
  const { pdfjs, doc } = await loadPdf();
  const page = await doc.getPage(number);
  const width = Math.max(300, pdfBox.clientWidth || 600);
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: width / base.width });
  const wrap = document.createElement('div');
  wrap.className = 'pdf-page';
  wrap.dataset.page = String(number);
  const canvas = document.createElement('canvas');
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${viewport.width}px`;
  canvas.style.height = `${viewport.height}px`;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${pdfBox.dataset.pageLabel ?? 'page'} ${number}`);
  wrap.append(canvas);
  renderTask?.cancel();
  renderTask = page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined });
  try {
    await renderTask.promise;
  } catch (e) {
    if (e?.name === 'RenderingCancelledException') return;
    throw e;
  }
  if (hits) {
    for (const item of hits.items) {
      const tx = pdfjs.Util.transform(viewport.transform, item.transform);
      const height = Math.hypot(tx[2], tx[3]);
      const box = document.createElement('div');
      box.className = 'hl';
      box.style.left = `${tx[4]}px`;
      box.style.top = `${tx[5] - height}px`;
      box.style.width = `${item.width * viewport.scale}px`;
      box.style.height = `${height * 1.15}px`;
      wrap.append(box);
    }
  }
  pdfBox.replaceChildren(wrap);
  const label = document.getElementById('viewer-page');
  if (label) label.textContent = `${pdfBox.dataset.pageLabel ?? 'page'} ${number} / ${doc.numPages}`;
  wrap.querySelector('.hl')?.scrollIntoView({ block: 'center' });
}

async function showInPdf(quote, pageHint) {
  const { doc } = await loadPdf();
  const order = [];
  if (pageHint && pageHint <= doc.numPages) order.push(pageHint);
  for (let p = 1; p <= doc.numPages; p++) if (p !== pageHint) order.push(p);
  if (quote) {
    for (const number of order) {
      const page = await doc.getPage(number);
      const { items } = await page.getTextContent();
      const found = findInItems(items, quote);
      if (found) {
        await renderPage(number, { items: found.map((i) => items[i]) });
        pdfBox.dataset.shown = 'quote';
        return true;
      }
    }
  }
  await renderPage(order[0] ?? 1, null);
  pdfBox.dataset.shown = quote ? 'not-found' : 'page';
  if (quote) announce(pdfBox.dataset.notFound);
  return false;
}

function announce(text) {
  const label = document.getElementById('viewer-page');
  if (label && text) label.textContent = text;
}

let original = null;
function showInText(quote) {
  original ??= textBox.textContent;
  textBox.textContent = original;
  if (!quote) return false;
  // the quote with any run of white space matching any other: records normalise it
  const words = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(words.join('\\s+'), 'i').exec(original);
  if (!match) {
    textBox.dataset.shown = 'not-found';
    return false;
  }
  const mark = document.createElement('mark');
  mark.className = 'hl-text';
  mark.textContent = match[0];
  textBox.replaceChildren(original.slice(0, match.index), mark, original.slice(match.index + match[0].length));
  textBox.dataset.shown = 'quote';
  mark.scrollIntoView({ block: 'center' });
  return true;
}

export async function showQuote(quote, pageHint) {
  if (pdfBox) return showInPdf(quote, pageHint);
  if (textBox) return showInText(quote);
  return false;
}
