// inpaint serve: open a picture, brush a mask (or load one), zoom and pan, run a method through the job API,
// step back through the fills, compare, download in the picture's own format. Plain JavaScript, no library.
'use strict';

const $ = (id) => document.getElementById(id);

const MASK_COLOUR = 'rgb(255, 48, 48)';
const POLL_MS = 200;
const MAX_SCALE = 32;
/** A run estimated longer than this (seconds) asks to press Run again. */
const CONFIRM_SECONDS = 30;

const ui = {
  toolbar: $('toolbar'), file: $('file'), maskButton: $('mask-button'), maskFile: $('mask-file'), brush: $('brush'),
  eraser: $('eraser'), size: $('size'), sizeValue: $('size-value'), dilate: $('dilate'), dilateValue: $('dilate-value'), undo: $('undo'), redo: $('redo'),
  clear: $('clear'), zoomOut: $('zoom-out'), zoomFit: $('zoom-fit'), zoom100: $('zoom-100'), zoomIn: $('zoom-in'),
  zoomValue: $('zoom-value'), method: $('method'), extendButton: $('extend-button'), extend: $('extend'),
  options: $('options'), run: $('run'), cancel: $('cancel'), busy: $('busy'), progress: $('progress'),
  elapsed: $('elapsed'), compare: $('compare'), download: $('download'), stage: $('stage'), hint: $('hint'),
  view: $('view'), border: $('border'), picture: $('picture'), mask: $('mask'), cursor: $('cursor'),
  status: $('status'),
  sides: { left: $('extend-left'), right: $('extend-right'), top: $('extend-top'), bottom: $('extend-bottom') },
};

const state = {
  methods: [],        // from GET /api/methods
  limits: null,
  name: 'picture',    // the opened file's name, without extension
  format: 'png',      // the opened file's format, for the download: png, jpeg or bmp
  image: null,        // Blob sent as the picture: the opened file, then each result (PNG, with the file's metadata)
  current: null,      // ImageBitmap shown
  paint: [],          // what is painted: strokes and mask layers, replayed to redraw the mask
  done: [],           // actions that Undo takes back: stroke, layer, clear, fill
  undone: [],         // actions that Redo brings back
  stroke: null,       // the stroke being painted
  erasing: false,
  comparing: false,
  view: { scale: 1, x: 0, y: 0, fitted: true },
  pointers: new Map(),// pointers down on the stage: id → {x, y}
  gesture: null,      // {kind: 'pan' | 'pinch', ...} while one runs
  space: false,       // Space held: drag pans
  job: null,          // the running job's id, 'starting' before it has one
  confirmed: null,    // the run the user confirmed after seeing its estimate
  download: null,     // {url, name} of the download in the picture's own format, once made
};

function say(message, isError = false) {
  ui.status.textContent = message;
  ui.status.classList.toggle('error', isError);
}

/** A request to the server; a server that went away is said in words, not "Failed to fetch". */
async function call(url, options) {
  try {
    return await fetch(url, options);
  } catch (e) {
    throw new Error('the server does not answer: is inpaint serve still running? (start it again, then retry)');
  }
}

async function errorOf(answer) {
  try {
    const json = await answer.json();
    return json.error || `${answer.status} ${answer.statusText}`;
  } catch (e) {
    return `${answer.status} ${answer.statusText}`;
  }
}

function duration(seconds) {
  if (seconds < 90) {
    return `${Math.round(seconds)} s`;
  }
  if (seconds < 5400) {
    return `${Math.round(seconds / 60)} min`;
  }
  return `${(seconds / 3600).toFixed(1)} h`;
}

// ---- methods and their options, all from the server ----

async function loadMethods() {
  const answer = await call('/api/methods');
  const json = await answer.json();
  state.methods = json.methods;
  state.limits = json.limits;
  ui.method.replaceChildren(...state.methods.map((m) => {
    const option = document.createElement('option');
    option.value = m.name;
    option.textContent = m.name;
    option.title = m.summary;
    return option;
  }));
  // guided PatchMatch scores best on object removal (docs/quality.md)
  const preferred = state.methods.find((m) => m.name === 'patchmatch') || state.methods[0];
  if (preferred) {
    ui.method.value = preferred.name;
  }
  showOptions();
}

function selectedMethod() {
  return state.methods.find((m) => m.name === ui.method.value);
}

function showOptions() {
  const method = selectedMethod();
  ui.options.replaceChildren();
  if (!method) {
    return;
  }
  ui.method.title = method.summary;
  for (const option of method.options) {
    const label = document.createElement('label');
    label.title = option.description + (option.allowed ? ` (${option.allowed})` : '');
    label.append(option.name + ' ');
    let input;
    if (option.type === 'choice') {
      input = document.createElement('select');
      for (const choice of option.choices) {
        const item = document.createElement('option');
        item.value = choice;
        item.textContent = choice;
        input.append(item);
      }
      input.value = option.default ?? option.choices[0];
    } else {
      input = document.createElement('input');
      if (option.type === 'flag') {
        input.type = 'checkbox';
        input.checked = option.default === 'true';
      } else if (option.type === 'integer' || option.type === 'number') {
        input.type = 'number';
        input.step = option.type === 'integer' ? '1' : 'any';
        if (option.min !== null && option.min !== undefined) input.min = option.min;
        if (option.max !== null && option.max !== undefined) input.max = option.max;
        input.value = option.default ?? '';
      } else {
        input.type = 'text';
        input.value = option.default ?? '';
      }
    }
    input.dataset.option = option.name;
    input.dataset.type = option.type;
    input.dataset.default = option.default ?? '';
    label.append(input);
    ui.options.append(label);
  }
}

/** The options the user changed from their defaults, as form values. */
function chosenOptions() {
  const chosen = {};
  for (const input of ui.options.querySelectorAll('[data-option]')) {
    const value = input.dataset.type === 'flag' ? String(input.checked) : input.value.trim();
    if (value !== '' && value !== input.dataset.default) {
      chosen[input.dataset.option] = value;
    }
  }
  return chosen;
}

// ---- the canvas extension (outpainting) ----

function extension() {
  const sides = {};
  for (const [side, input] of Object.entries(ui.sides)) {
    const value = Math.floor(Number(input.value));
    sides[side] = Number.isFinite(value) && value > 0 ? Math.min(value, 65536) : 0;
  }
  return sides;
}

function extending() {
  const e = extension();
  return e.left + e.right + e.top + e.bottom > 0;
}

function showExtension() {
  const e = extension();
  const on = extending() && state.current !== null;
  ui.border.hidden = !on;
  if (on) {
    ui.border.style.left = `${-e.left}px`;
    ui.border.style.top = `${-e.top}px`;
    ui.border.style.width = `${state.current.width + e.left + e.right}px`;
    ui.border.style.height = `${state.current.height + e.top + e.bottom}px`;
  }
  updateButtons();
}

function resetExtension() {
  for (const input of Object.values(ui.sides)) {
    input.value = '0';
  }
  showExtension();
}

// ---- the picture ----

function formatOf(file) {
  if (file.type === 'image/jpeg') return 'jpeg';
  if (file.type === 'image/bmp') return 'bmp';
  return 'png'; // PNG, and GIF (which the server does not write)
}

async function open(file) {
  if (!file || state.job !== null) {
    return;
  }
  let bitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch (e) {
    say(`${file.name} is not a picture this browser can show`, true);
    return;
  }
  const pixels = bitmap.width * bitmap.height;
  if (state.limits && pixels > state.limits.maxPixels) {
    say(`${file.name} is ${bitmap.width}×${bitmap.height}: more than this server's limit of `
      + `${state.limits.maxPixels.toLocaleString()} pixels (inpaint serve --max-pixels)`, true);
    return;
  }
  state.name = file.name.replace(/\.[^.]*$/, '') || 'picture';
  state.format = formatOf(file);
  state.image = file;
  state.paint = [];
  state.done = [];
  state.undone = [];
  state.confirmed = null;
  show(bitmap);
  redrawMask();
  resetExtension();
  setDownload(false);
  ui.hint.hidden = true;
  ui.view.hidden = false;
  ui.size.max = String(Math.max(50, Math.round(Math.max(bitmap.width, bitmap.height) / 4)));
  setSize(Math.max(4, Math.round(Math.min(bitmap.width, bitmap.height) / 40)));
  fit();
  say(`${file.name}: ${bitmap.width}×${bitmap.height}. Paint over what should go, then press Run.`);
}

function show(bitmap) {
  state.current = bitmap;
  for (const canvas of [ui.picture, ui.mask]) {
    if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) {
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
    }
    canvas.style.width = `${bitmap.width}px`;
    canvas.style.height = `${bitmap.height}px`;
  }
  ui.view.style.width = `${bitmap.width}px`;
  ui.view.style.height = `${bitmap.height}px`;
  drawPicture();
  showExtension();
}

/** The last fill, if the picture shown is its result: what Compare shows. */
function lastFill() {
  for (let i = state.done.length - 1; i >= 0; i--) {
    if (state.done[i].type === 'fill') {
      return state.done[i].after.bitmap === state.current ? state.done[i] : null;
    }
  }
  return null;
}

function drawPicture() {
  const context = ui.picture.getContext('2d');
  const fill = state.comparing ? lastFill() : null;
  if (fill) {
    context.clearRect(0, 0, ui.picture.width, ui.picture.height);
    context.drawImage(fill.before.bitmap, fill.offset.x, fill.offset.y);
  } else {
    context.drawImage(state.current, 0, 0);
  }
}

function setComparing(on) {
  const comparing = on && lastFill() !== null;
  if (comparing === state.comparing) {
    return;
  }
  state.comparing = comparing;
  ui.compare.setAttribute('aria-pressed', String(comparing));
  ui.view.classList.toggle('comparing', comparing);
  drawPicture();
}

function setDownload(ready) {
  if (state.download) {
    URL.revokeObjectURL(state.download.url);
    state.download = null;
  }
  ui.download.removeAttribute('href');
  ui.download.textContent = `Download ${state.format.toUpperCase()}`;
  ui.download.setAttribute('aria-disabled', String(!ready));
}

/**
 * The download, in the picture's own format with its metadata: the result itself for a PNG, else
 * the result converted by the server (which keeps the EXIF, ICC profile and XMP).
 */
async function prepareDownload() {
  let blob = state.image;
  if (state.format !== 'png') {
    const form = new FormData();
    form.append('image', state.image, 'result.png');
    form.append('format', state.format);
    const answer = await call('/api/convert', { method: 'POST', body: form });
    if (!answer.ok) {
      throw new Error(await errorOf(answer));
    }
    blob = await answer.blob();
  }
  const extension = { png: 'png', jpeg: 'jpg', bmp: 'bmp' }[state.format];
  state.download = { url: URL.createObjectURL(blob), name: `${state.name}-inpainted.${extension}` };
}

// ---- the view: zoom and pan ----

function applyView() {
  const v = state.view;
  ui.view.style.transform = `translate(${v.x}px, ${v.y}px) scale(${v.scale})`;
  ui.view.classList.toggle('sharp', v.scale >= 2);
  ui.view.dataset.scale = String(v.scale);
  ui.view.dataset.x = String(v.x);
  ui.view.dataset.y = String(v.y);
  ui.zoomValue.textContent = `${Math.round(v.scale * 100)}%`;
}

/** The smallest zoom: the whole canvas in a tenth of the stage. */
function minScale() {
  if (!state.current) return 0.01;
  const room = ui.stage.getBoundingClientRect();
  return Math.min(1, 0.1 * Math.min(room.width / state.current.width, room.height / state.current.height));
}

/** Fits the picture (and its extended border) into the stage, larger or smaller. */
function fit() {
  if (!state.current) {
    return;
  }
  const room = ui.stage.getBoundingClientRect();
  const e = extension();
  const width = state.current.width + e.left + e.right;
  const height = state.current.height + e.top + e.bottom;
  const margin = 16;
  const scale = Math.max(0.001, Math.min((room.width - margin) / width, (room.height - margin) / height));
  state.view = {
    scale,
    x: (room.width - width * scale) / 2 + e.left * scale,
    y: (room.height - height * scale) / 2 + e.top * scale,
    fitted: true,
  };
  applyView();
}

/** Zooms by {@code factor} keeping the stage point (cx, cy) where it is. */
function zoomAt(factor, cx, cy) {
  if (!state.current) {
    return;
  }
  const v = state.view;
  const scale = Math.min(MAX_SCALE, Math.max(minScale(), v.scale * factor));
  state.view = { scale, x: cx - (cx - v.x) * (scale / v.scale), y: cy - (cy - v.y) * (scale / v.scale), fitted: false };
  applyView();
}

function zoomCentre(factor) {
  const room = ui.stage.getBoundingClientRect();
  zoomAt(factor, room.width / 2, room.height / 2);
}

/** Actual pixels: one picture pixel on one screen pixel, about the stage's centre. */
function actualSize() {
  if (state.current) {
    zoomCentre(1 / state.view.scale);
  }
}

function stagePoint(event) {
  const room = ui.stage.getBoundingClientRect();
  return { x: event.clientX - room.left, y: event.clientY - room.top };
}

function toPicture(point) {
  const v = state.view;
  return { x: (point.x - v.x) / v.scale, y: (point.y - v.y) / v.scale };
}

// ---- painting ----

function drawItem(context, item) {
  if (item.kind === 'layer') {
    context.save();
    context.globalCompositeOperation = 'source-over';
    context.drawImage(item.canvas, 0, 0);
    context.restore();
    return;
  }
  context.save();
  context.globalCompositeOperation = item.erase ? 'destination-out' : 'source-over';
  context.strokeStyle = MASK_COLOUR;
  context.fillStyle = MASK_COLOUR;
  context.lineWidth = item.size;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  const [first, ...rest] = item.points;
  if (rest.length === 0) {
    context.beginPath();
    context.arc(first.x, first.y, item.size / 2, 0, 2 * Math.PI);
    context.fill();
  } else {
    context.beginPath();
    context.moveTo(first.x, first.y);
    for (const p of rest) {
      context.lineTo(p.x, p.y);
    }
    context.stroke();
  }
  context.restore();
}

function redrawMask() {
  const context = ui.mask.getContext('2d');
  context.clearRect(0, 0, ui.mask.width, ui.mask.height);
  for (const item of state.paint) {
    drawItem(context, item);
  }
  updateButtons();
}

function hasPaint() {
  return state.paint.some((item) => item.kind === 'layer' || !item.erase);
}

function updateButtons() {
  const busy = state.job !== null;
  ui.undo.disabled = busy || state.done.length === 0;
  ui.redo.disabled = busy || state.undone.length === 0;
  ui.clear.disabled = busy || state.paint.length === 0;
  ui.run.disabled = busy || !state.current || !(hasPaint() || extending()) || !selectedMethod();
  ui.compare.disabled = busy || lastFill() === null;
  ui.maskFile.disabled = busy || !state.current;
  ui.maskButton.setAttribute('aria-disabled', String(busy || !state.current));
  ui.method.disabled = busy;
  ui.file.disabled = busy;
  for (const input of Object.values(ui.sides)) {
    input.disabled = busy;
  }
}

/** Does an action, and remembers it for Undo; a new action forgets what was undone. */
function perform(action) {
  apply(action, true);
  state.done.push(action);
  state.undone = [];
  state.confirmed = null;
  afterChange();
}

function apply(action, forward) {
  switch (action.type) {
    case 'paint':
      if (forward) state.paint.push(action.item); else state.paint.pop();
      break;
    case 'clear':
      state.paint = forward ? [] : action.paint;
      break;
    case 'fill': {
      const side = forward ? action.after : action.before;
      state.image = side.image;
      show(side.bitmap);
      state.paint = forward ? [] : action.before.paint;
      if (!forward) {
        for (const [name, input] of Object.entries(ui.sides)) {
          input.value = String(action.before.extension[name]);
        }
        showExtension();
      } else {
        resetExtension();
      }
      fit();
      break;
    }
    default:
      break;
  }
}

function afterChange() {
  setComparing(false);
  redrawMask();
  setDownload(state.done.some((a) => a.type === 'fill'));
}

function undo() {
  if (state.done.length > 0 && state.job === null) {
    const action = state.done.pop();
    apply(action, false);
    state.undone.push(action);
    afterChange();
  }
}

function redo() {
  if (state.undone.length > 0 && state.job === null) {
    const action = state.undone.pop();
    apply(action, true);
    state.done.push(action);
    afterChange();
  }
}

function setTool(erasing) {
  state.erasing = erasing;
  ui.brush.setAttribute('aria-pressed', String(!erasing));
  ui.eraser.setAttribute('aria-pressed', String(erasing));
}

function setSize(size) {
  const value = Math.max(Number(ui.size.min), Math.min(Number(ui.size.max), Math.round(size)));
  ui.size.value = String(value);
  ui.sizeValue.textContent = String(value);
}

function brushSize() {
  return Number(ui.size.value);
}

function moveCursor(point) {
  if (!point || !state.current || ui.stage.classList.contains('panning')) {
    ui.cursor.hidden = true;
    return;
  }
  const size = Math.max(2, brushSize() * state.view.scale);
  ui.cursor.hidden = false;
  ui.cursor.style.width = `${size}px`;
  ui.cursor.style.height = `${size}px`;
  ui.cursor.style.left = `${point.x}px`;
  ui.cursor.style.top = `${point.y}px`;
}

/** The mask as the server reads it: black, and non-black wherever paint is. */
function maskBlob() {
  const flat = document.createElement('canvas');
  flat.width = ui.mask.width;
  flat.height = ui.mask.height;
  const context = flat.getContext('2d');
  context.fillStyle = '#000';
  context.fillRect(0, 0, flat.width, flat.height);
  context.drawImage(ui.mask, 0, 0);
  return new Promise((resolve) => flat.toBlob(resolve, 'image/png'));
}

/** Paints the holes of a mask file: non-black, non-transparent pixels. */
async function loadMask(file) {
  if (!file || !state.current || state.job !== null) {
    return;
  }
  let bitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch (e) {
    say(`${file.name} is not a picture this browser can show`, true);
    return;
  }
  if (bitmap.width !== state.current.width || bitmap.height !== state.current.height) {
    say(`the mask ${file.name} is ${bitmap.width}×${bitmap.height}, but the picture is `
      + `${state.current.width}×${state.current.height}`, true);
    return;
  }
  const layer = document.createElement('canvas');
  layer.width = bitmap.width;
  layer.height = bitmap.height;
  const context = layer.getContext('2d');
  context.drawImage(bitmap, 0, 0);
  const pixels = context.getImageData(0, 0, layer.width, layer.height);
  const d = pixels.data;
  let holes = 0;
  for (let i = 0; i < d.length; i += 4) {
    const hole = d[i + 3] > 0 && (d[i] > 0 || d[i + 1] > 0 || d[i + 2] > 0);
    d[i] = 255;
    d[i + 1] = 48;
    d[i + 2] = 48;
    d[i + 3] = hole ? 255 : 0;
    holes += hole ? 1 : 0;
  }
  context.putImageData(pixels, 0, 0);
  perform({ type: 'paint', item: { kind: 'layer', canvas: layer } });
  say(`${file.name}: ${holes.toLocaleString()} hole pixels painted. Press Run to fill them.`);
}

// ---- pointers: paint with one, pan with Space or the middle button, pinch with two ----

function cancelStroke() {
  if (state.stroke) {
    state.stroke = null;
    redrawMask(); // the part painted is taken away: a pinch must not paint
  }
}

ui.stage.addEventListener('pointerdown', (event) => {
  if (!state.current) {
    return;
  }
  if (document.activeElement && document.activeElement !== document.body) {
    document.activeElement.blur(); // keys go to the page again, not to the last control used
  }
  const point = stagePoint(event);
  state.pointers.set(event.pointerId, point);
  ui.stage.setPointerCapture(event.pointerId);
  if (state.pointers.size === 2) {
    cancelStroke();
    const [a, b] = [...state.pointers.values()];
    state.gesture = { kind: 'pinch', distance: Math.hypot(a.x - b.x, a.y - b.y) || 1,
      centre: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, view: { ...state.view } };
    return;
  }
  if (state.pointers.size > 2) {
    return;
  }
  if (event.button === 1 || state.space) {
    event.preventDefault();
    state.gesture = { kind: 'pan', from: point, view: { ...state.view } };
    ui.stage.classList.add('grabbing');
    return;
  }
  if (event.button !== 0 || state.job !== null || state.comparing) {
    return;
  }
  state.stroke = { kind: 'stroke', erase: state.erasing, size: brushSize(), points: [toPicture(point)] };
  drawItem(ui.mask.getContext('2d'), state.stroke);
});

ui.stage.addEventListener('pointermove', (event) => {
  const point = stagePoint(event);
  moveCursor(point);
  if (!state.pointers.has(event.pointerId)) {
    return;
  }
  state.pointers.set(event.pointerId, point);
  const gesture = state.gesture;
  if (gesture && gesture.kind === 'pinch' && state.pointers.size >= 2) {
    const [a, b] = [...state.pointers.values()];
    const distance = Math.hypot(a.x - b.x, a.y - b.y) || 1;
    const centre = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const v = gesture.view;
    const scale = Math.min(MAX_SCALE, Math.max(minScale(), v.scale * distance / gesture.distance));
    state.view = { scale, x: centre.x - (gesture.centre.x - v.x) * (scale / v.scale),
      y: centre.y - (gesture.centre.y - v.y) * (scale / v.scale), fitted: false };
    applyView();
  } else if (gesture && gesture.kind === 'pan') {
    state.view = { ...gesture.view, x: gesture.view.x + point.x - gesture.from.x,
      y: gesture.view.y + point.y - gesture.from.y, fitted: false };
    applyView();
  } else if (state.stroke) {
    const stroke = state.stroke;
    const last = stroke.points[stroke.points.length - 1];
    const next = toPicture(point);
    stroke.points.push(next);
    drawItem(ui.mask.getContext('2d'), { kind: 'stroke', erase: stroke.erase, size: stroke.size, points: [last, next] });
  }
});

function pointerEnd(event) {
  if (!state.pointers.delete(event.pointerId)) {
    return;
  }
  if (state.gesture) {
    if (state.pointers.size === 0) {
      state.gesture = null;
      ui.stage.classList.remove('grabbing');
    }
    return;
  }
  if (state.stroke) {
    const stroke = state.stroke;
    state.stroke = null;
    perform({ type: 'paint', item: stroke });
  }
}

ui.stage.addEventListener('pointerup', pointerEnd);
ui.stage.addEventListener('pointercancel', pointerEnd);
ui.stage.addEventListener('pointerleave', () => { ui.cursor.hidden = true; });
ui.stage.addEventListener('contextmenu', (event) => event.preventDefault());

ui.stage.addEventListener('wheel', (event) => {
  if (!state.current) {
    return;
  }
  event.preventDefault();
  // a trackpad's pinch comes as a wheel with Ctrl: its steps are small
  const factor = Math.exp(-event.deltaY * (event.ctrlKey ? 0.01 : 0.0015));
  const point = stagePoint(event);
  zoomAt(factor, point.x, point.y);
  moveCursor(point);
}, { passive: false });

new ResizeObserver(() => {
  if (state.current && state.view.fitted) {
    fit(); // the toolbar wrapped, the options row changed, the window was resized
  }
}).observe(ui.stage);

// ---- running a fill as a job ----

function setBusy(job) {
  state.job = job;
  ui.cancel.hidden = job === null;
  ui.busy.hidden = job === null;
  ui.progress.value = 0;
  ui.elapsed.textContent = '';
  updateButtons();
}

/** The form of a fill or an estimate: the mask, the method, its options and the extension. */
async function form(method, withPicture) {
  const data = new FormData();
  if (withPicture) {
    data.append('image', state.image, 'image');
    data.append('format', 'png'); // lossless while working; the download is in the picture's own format
  }
  if (hasPaint() || !withPicture) {
    data.append('mask', await maskBlob(), 'mask.png');
  }
  data.append('method', method.name);
  if (Number(ui.dilate.value) > 0) {
    data.append('dilate', ui.dilate.value); // the server grows the holes by it before the fill
  }
  for (const [name, value] of Object.entries(chosenOptions())) {
    data.append(name, value);
  }
  const e = extension();
  for (const side of ['left', 'right', 'top', 'bottom']) {
    if (e[side] > 0) {
      data.append(`extend-${side}`, String(e[side]));
    }
  }
  return data;
}

async function run() {
  const method = selectedMethod();
  if (!method || !(hasPaint() || extending()) || state.job !== null) {
    return;
  }
  setComparing(false);
  setBusy('starting');
  try {
    const key = JSON.stringify([method.name, chosenOptions(), extension(), ui.dilate.value, state.done.length,
      state.undone.length]);
    const estimate = await call('/api/estimate', { method: 'POST', body: await form(method, false) });
    if (!estimate.ok) {
      throw new Error(await errorOf(estimate));
    }
    const cost = await estimate.json();
    if (!cost.withinBudget) {
      say(`${method.name} is estimated at about ${duration(cost.seconds)}, over this server's budget of `
        + `${duration(cost.budgetSeconds)}: ${cost.hint}`, true);
      return;
    }
    if (cost.known && cost.seconds > CONFIRM_SECONDS && state.confirmed !== key) {
      state.confirmed = key;
      say(`${method.name} is estimated at about ${duration(cost.seconds)}${cost.hint ? ` (${cost.hint})` : ''}. `
        + 'Press Run again to start it.');
      return;
    }
    say(`${method.name}: sending the picture…`);
    const job = await submit(method);
    state.job = job.id;
    await follow(job.id, method.name);
  } catch (e) {
    say(`${method.name}: ${e.message}`, true);
  } finally {
    setBusy(null);
  }
}

/** Queues the fill; a busy server says when to come back, and the page does. */
async function submit(method) {
  for (let attempt = 0; ; attempt++) {
    const answer = await call('/api/jobs', { method: 'POST', body: await form(method, true) });
    if (answer.ok) {
      return answer.json();
    }
    const retry = Number(answer.headers.get('Retry-After'));
    if (answer.status !== 503 || !retry || attempt >= 20 || state.job === null) {
      throw new Error(await errorOf(answer));
    }
    say(`${method.name}: the server is busy; trying again in ${retry} s…`);
    await new Promise((resolve) => setTimeout(resolve, retry * 1000));
  }
}

async function follow(id, method) {
  const started = performance.now();
  while (true) {
    const answer = await call(`/api/jobs/${id}`);
    if (!answer.ok) {
      throw new Error(await errorOf(answer));
    }
    const job = await answer.json();
    ui.elapsed.textContent = duration(job.seconds ?? 0);
    if (job.state === 'running' && job.progress === 0) {
      ui.progress.removeAttribute('value'); // no progress reported (the GAN's passes): an indeterminate bar
    } else {
      ui.progress.value = job.progress;
    }
    if (job.state === 'queued') {
      say(`${method}: waiting for the server (other fills are running)…`);
    } else if (job.state === 'running') {
      say(`${method}: filling… ${job.progress > 0 ? `${Math.round(100 * job.progress)}%, ` : ''}`
        + `${duration(job.seconds ?? 0)}`);
    } else if (job.state === 'cancelling') {
      say(`${method}: cancelling…`);
    } else if (job.state === 'done') {
      await takeResult(job, method, (performance.now() - started) / 1000);
      return;
    } else if (job.state === 'failed') {
      throw new Error(job.error);
    } else if (job.state === 'cancelled') {
      say(`${method}: cancelled; the picture is as it was.`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function takeResult(job, method, seconds) {
  const answer = await call(job.result);
  if (!answer.ok) {
    throw new Error(await errorOf(answer));
  }
  const blob = await answer.blob();
  call(`/api/jobs/${job.id}`, { method: 'DELETE' }).catch(() => {}); // the result is here now: free the server's copy
  const bitmap = await createImageBitmap(blob);
  const e = extension();
  perform({
    type: 'fill',
    before: { image: state.image, bitmap: state.current, paint: state.paint, extension: e },
    after: { image: blob, bitmap },
    offset: { x: e.left, y: e.top },
  });
  say(`${method}: filled in ${seconds.toFixed(1)} s. Paint the next thing to remove, hold Compare to see the`
    + ' picture before, Undo to step back, or download the result.');
}

async function cancel() {
  if (typeof state.job === 'string' && state.job !== 'starting') {
    ui.cancel.disabled = true;
    try {
      await call(`/api/jobs/${state.job}`, { method: 'DELETE' });
    } catch (e) {
      say(e.message, true);
    } finally {
      ui.cancel.disabled = false;
    }
  }
}

// ---- wiring ----

ui.file.addEventListener('change', () => { open(ui.file.files[0]); ui.file.value = ''; });
ui.maskFile.addEventListener('change', () => { loadMask(ui.maskFile.files[0]); ui.maskFile.value = ''; });
ui.brush.addEventListener('click', () => setTool(false));
ui.eraser.addEventListener('click', () => setTool(true));
ui.size.addEventListener('input', () => { ui.sizeValue.textContent = ui.size.value; });
ui.dilate.addEventListener('input', () => { ui.dilateValue.textContent = ui.dilate.value; });
ui.undo.addEventListener('click', undo);
ui.redo.addEventListener('click', redo);
ui.clear.addEventListener('click', () => {
  if (state.paint.length > 0) {
    perform({ type: 'clear', paint: state.paint });
  }
});
ui.zoomIn.addEventListener('click', () => zoomCentre(2));
ui.zoomOut.addEventListener('click', () => zoomCentre(0.5));
ui.zoomFit.addEventListener('click', fit);
ui.zoom100.addEventListener('click', actualSize);
ui.method.addEventListener('change', () => { showOptions(); updateButtons(); });
ui.extendButton.addEventListener('click', () => {
  const open = ui.extend.hidden;
  ui.extend.hidden = !open;
  ui.extendButton.setAttribute('aria-pressed', String(open));
  if (!open) {
    resetExtension();
  }
});
for (const input of Object.values(ui.sides)) {
  input.addEventListener('input', () => {
    showExtension();
    if (state.view.fitted) fit();
  });
}
ui.run.addEventListener('click', run);
ui.cancel.addEventListener('click', cancel);
ui.compare.addEventListener('pointerdown', () => setComparing(true));
for (const type of ['pointerup', 'pointerleave', 'pointercancel']) {
  ui.compare.addEventListener(type, () => setComparing(false));
}
ui.download.addEventListener('click', async (event) => {
  if (state.download) {
    return; // the prepared file: the browser saves it
  }
  event.preventDefault();
  try {
    say(`preparing the ${state.format.toUpperCase()}…`);
    await prepareDownload();
    ui.download.href = state.download.url;
    ui.download.download = state.download.name;
    ui.download.click();
    say(`${state.download.name}: the result, with the picture's metadata.`);
  } catch (e) {
    say(`download: ${e.message}`, true);
  }
});

ui.stage.addEventListener('dragover', (event) => {
  event.preventDefault();
  ui.stage.classList.add('dragging');
});
ui.stage.addEventListener('dragleave', () => ui.stage.classList.remove('dragging'));
ui.stage.addEventListener('drop', (event) => {
  event.preventDefault();
  ui.stage.classList.remove('dragging');
  open(event.dataTransfer.files[0]);
});

/** Whether keys typed there are the control's own: every form control but buttons, which only take Enter and Space. */
function ownsKey(target, key) {
  if (!(target instanceof Element)) {
    return false;
  }
  if (target.isContentEditable || target.closest('input, select, textarea, option')) {
    return true;
  }
  return target.closest('button, a') !== null && (key === 'Enter' || key === ' ');
}

document.addEventListener('keydown', (event) => {
  if (ownsKey(event.target, event.key)) {
    return;
  }
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const command = event.ctrlKey || event.metaKey;
  if (command && key === 'z') {
    event.preventDefault();
    (event.shiftKey ? redo : undo)();
  } else if (command && key === 'y') {
    event.preventDefault();
    redo();
  } else if (command || event.altKey) {
    return;
  } else if (key === ' ') {
    event.preventDefault();
    if (!state.space) {
      state.space = true;
      ui.stage.classList.add('panning');
      ui.cursor.hidden = true;
    }
  } else if (key === 'Enter') {
    event.preventDefault();
    run();
  } else if (key === 'Escape') {
    cancel();
  } else if (key === 'b') {
    setTool(false);
  } else if (key === 'e') {
    setTool(true);
  } else if (key === '[' || key === ']') {
    setSize(brushSize() * (key === ']' ? 1.25 : 0.8) + (key === ']' ? 1 : -1));
  } else if (key === '0' || key === 'f') {
    fit();
  } else if (key === '1') {
    actualSize();
  } else if (key === '+' || key === '=') {
    zoomCentre(2);
  } else if (key === '-') {
    zoomCentre(0.5);
  } else if (key === 'c' && !event.repeat) {
    setComparing(true);
  }
});

document.addEventListener('keyup', (event) => {
  if (event.key === ' ') {
    state.space = false;
    ui.stage.classList.remove('panning', 'grabbing');
  } else if (event.key.toLowerCase() === 'c') {
    setComparing(false);
  }
});

window.addEventListener('blur', () => {
  state.space = false;
  ui.stage.classList.remove('panning', 'grabbing');
  setComparing(false);
});

applyView();
loadMethods().then(updateButtons, (e) => say(e.message.startsWith('the server')
  ? e.message : `cannot reach the server: ${e.message}`, true));
