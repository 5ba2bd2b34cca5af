// inpaint serve: open a picture, brush a mask, run a method through the job API, see and download the result.
// Plain JavaScript, no library: everything the page does is in this file.
'use strict';

const $ = (id) => document.getElementById(id);

const MASK_COLOUR = 'rgb(255, 48, 48)';
const POLL_MS = 200;

const ui = {
  file: $('file'), brush: $('brush'), eraser: $('eraser'), size: $('size'), sizeValue: $('size-value'),
  undo: $('undo'), redo: $('redo'), clear: $('clear'), method: $('method'), options: $('options'),
  run: $('run'), cancel: $('cancel'), progress: $('progress'), compare: $('compare'), download: $('download'),
  stage: $('stage'), hint: $('hint'), view: $('view'), picture: $('picture'), mask: $('mask'),
  cursor: $('cursor'), status: $('status'),
};

const state = {
  methods: [],        // from GET /api/methods
  limits: null,
  name: 'picture',    // the opened file's name, without extension
  image: null,        // Blob sent as the picture: the opened file, then each result
  current: null,      // ImageBitmap shown
  before: null,       // ImageBitmap before the last fill
  comparing: false,
  strokes: [],        // painted strokes, replayed to redraw the mask
  undone: [],         // strokes taken back by undo, for redo
  stroke: null,       // the stroke being painted
  erasing: false,
  scale: 1,           // screen pixels per picture pixel
  job: null,          // the running job's id
  downloadUrl: null,
};

function say(message, isError = false) {
  ui.status.textContent = message;
  ui.status.classList.toggle('error', isError);
}

// ---- methods and their options, all from the server ----

async function loadMethods() {
  const answer = await fetch('/api/methods');
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
  const preferred = state.methods.find((m) => m.name === 'criminisi') || state.methods[0];
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
    label.title = option.description;
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

// ---- the picture ----

async function open(file) {
  if (!file) {
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
  state.image = file;
  state.before = null;
  setComparing(false);
  show(bitmap);
  clearMask(true);
  setDownload(null);
  ui.hint.hidden = true;
  ui.view.hidden = false;
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
  }
  ui.picture.getContext('2d').drawImage(bitmap, 0, 0);
}

/** Fits the picture into the stage, larger or smaller. */
function fit() {
  if (!state.current) {
    return;
  }
  const room = ui.stage.getBoundingClientRect();
  const margin = 16;
  state.scale = Math.min((room.width - margin) / state.current.width, (room.height - margin) / state.current.height);
  ui.view.style.width = `${state.current.width * state.scale}px`;
  ui.view.style.height = `${state.current.height * state.scale}px`;
  ui.picture.style.width = ui.view.style.width;
  ui.picture.style.height = ui.view.style.height;
}

function setComparing(on) {
  state.comparing = on && state.before !== null;
  ui.compare.setAttribute('aria-pressed', String(state.comparing));
  ui.compare.disabled = state.before === null;
  ui.view.classList.toggle('comparing', state.comparing);
  if (state.current) {
    ui.picture.getContext('2d').drawImage(state.comparing ? state.before : state.current, 0, 0);
  }
}

function setDownload(blob) {
  if (state.downloadUrl) {
    URL.revokeObjectURL(state.downloadUrl);
    state.downloadUrl = null;
  }
  if (blob) {
    state.downloadUrl = URL.createObjectURL(blob);
    ui.download.href = state.downloadUrl;
    ui.download.download = `${state.name}-inpainted.png`;
    ui.download.setAttribute('aria-disabled', 'false');
  } else {
    ui.download.removeAttribute('href');
    ui.download.setAttribute('aria-disabled', 'true');
  }
}

// ---- painting ----

function drawStroke(context, stroke) {
  context.save();
  context.globalCompositeOperation = stroke.erase ? 'destination-out' : 'source-over';
  context.strokeStyle = MASK_COLOUR;
  context.fillStyle = MASK_COLOUR;
  context.lineWidth = stroke.size;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  const [first, ...rest] = stroke.points;
  if (rest.length === 0) {
    context.beginPath();
    context.arc(first.x, first.y, stroke.size / 2, 0, 2 * Math.PI);
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
  for (const stroke of state.strokes) {
    drawStroke(context, stroke);
  }
  updateButtons();
}

function clearMask(forget) {
  state.strokes = forget ? [] : state.strokes;
  state.undone = [];
  redrawMask();
}

function hasPaint() {
  return state.strokes.some((s) => !s.erase);
}

function updateButtons() {
  const busy = state.job !== null;
  ui.undo.disabled = busy || state.strokes.length === 0;
  ui.redo.disabled = busy || state.undone.length === 0;
  ui.clear.disabled = busy || state.strokes.length === 0;
  ui.run.disabled = busy || !state.current || !hasPaint() || !selectedMethod();
}

function toPicture(event) {
  const box = ui.mask.getBoundingClientRect();
  return { x: (event.clientX - box.left) / state.scale, y: (event.clientY - box.top) / state.scale };
}

function brushSize() {
  return Number(ui.size.value) / state.scale;
}

function moveCursor(event) {
  const box = ui.view.getBoundingClientRect();
  const size = Number(ui.size.value);
  ui.cursor.hidden = false;
  ui.cursor.style.width = `${size}px`;
  ui.cursor.style.height = `${size}px`;
  ui.cursor.style.left = `${event.clientX - box.left}px`;
  ui.cursor.style.top = `${event.clientY - box.top}px`;
}

ui.mask.addEventListener('pointerdown', (event) => {
  if (event.button !== 0 || state.job !== null || state.comparing) {
    return;
  }
  ui.mask.setPointerCapture(event.pointerId);
  state.stroke = { erase: state.erasing, size: brushSize(), points: [toPicture(event)] };
  drawStroke(ui.mask.getContext('2d'), state.stroke);
});

ui.mask.addEventListener('pointermove', (event) => {
  moveCursor(event);
  if (!state.stroke) {
    return;
  }
  const stroke = state.stroke;
  const last = stroke.points[stroke.points.length - 1];
  const next = toPicture(event);
  stroke.points.push(next);
  drawStroke(ui.mask.getContext('2d'), { erase: stroke.erase, size: stroke.size, points: [last, next] });
});

function endStroke() {
  if (!state.stroke) {
    return;
  }
  state.strokes.push(state.stroke);
  state.stroke = null;
  state.undone = [];
  redrawMask();
}

ui.mask.addEventListener('pointerup', endStroke);
ui.mask.addEventListener('pointercancel', endStroke);
ui.mask.addEventListener('pointerleave', () => { ui.cursor.hidden = true; });

function undo() {
  if (state.strokes.length > 0 && state.job === null) {
    state.undone.push(state.strokes.pop());
    redrawMask();
  }
}

function redo() {
  if (state.undone.length > 0 && state.job === null) {
    state.strokes.push(state.undone.pop());
    redrawMask();
  }
}

function setTool(erasing) {
  state.erasing = erasing;
  ui.brush.setAttribute('aria-pressed', String(!erasing));
  ui.eraser.setAttribute('aria-pressed', String(erasing));
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

// ---- running a fill as a job ----

async function errorOf(answer) {
  try {
    const json = await answer.json();
    return json.error || `${answer.status} ${answer.statusText}`;
  } catch (e) {
    return `${answer.status} ${answer.statusText}`;
  }
}

function setBusy(job) {
  state.job = job;
  ui.cancel.hidden = job === null;
  ui.progress.hidden = job === null;
  ui.progress.value = 0;
  ui.method.disabled = job !== null;
  ui.file.disabled = job !== null;
  updateButtons();
}

async function run() {
  const method = selectedMethod();
  if (!method || !hasPaint() || state.job !== null) {
    return;
  }
  setComparing(false);
  const form = new FormData();
  form.append('image', state.image, 'image');
  form.append('mask', await maskBlob(), 'mask.png');
  form.append('method', method.name);
  for (const [name, value] of Object.entries(chosenOptions())) {
    form.append(name, value);
  }
  setBusy('starting');
  say(`${method.name}: sending the picture…`);
  try {
    const answer = await fetch('/api/jobs', { method: 'POST', body: form });
    if (!answer.ok) {
      throw new Error(await errorOf(answer));
    }
    const job = await answer.json();
    state.job = job.id;
    await follow(job.id, method.name);
  } catch (e) {
    say(`${method.name}: ${e.message}`, true);
  } finally {
    setBusy(null);
  }
}

async function follow(id, method) {
  const started = performance.now();
  while (true) {
    const answer = await fetch(`/api/jobs/${id}`);
    if (!answer.ok) {
      throw new Error(await errorOf(answer));
    }
    const job = await answer.json();
    ui.progress.value = job.progress;
    if (job.state === 'queued') {
      say(`${method}: waiting for the server (other fills are running)…`);
    } else if (job.state === 'running') {
      say(`${method}: filling… ${Math.round(100 * job.progress)}%`);
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
  const answer = await fetch(job.result);
  if (!answer.ok) {
    throw new Error(await errorOf(answer));
  }
  const blob = await answer.blob();
  fetch(`/api/jobs/${job.id}`, { method: 'DELETE' }); // the result is here now: free the server's copy
  const bitmap = await createImageBitmap(blob);
  state.before = state.current;
  state.image = blob;
  show(bitmap);
  clearMask(true);
  setComparing(false);
  setDownload(blob);
  say(`${method}: filled in ${seconds.toFixed(1)} s. Paint the next thing to remove, or download the result.`);
}

async function cancel() {
  if (typeof state.job === 'string' && state.job !== 'starting') {
    ui.cancel.disabled = true;
    try {
      await fetch(`/api/jobs/${state.job}`, { method: 'DELETE' });
    } finally {
      ui.cancel.disabled = false;
    }
  }
}

// ---- wiring ----

ui.file.addEventListener('change', () => open(ui.file.files[0]));
ui.brush.addEventListener('click', () => setTool(false));
ui.eraser.addEventListener('click', () => setTool(true));
ui.size.addEventListener('input', () => { ui.sizeValue.textContent = ui.size.value; });
ui.undo.addEventListener('click', undo);
ui.redo.addEventListener('click', redo);
ui.clear.addEventListener('click', () => {
  state.undone = state.strokes.reverse();
  state.strokes = [];
  redrawMask();
});
ui.method.addEventListener('change', () => { showOptions(); updateButtons(); });
ui.run.addEventListener('click', run);
ui.cancel.addEventListener('click', cancel);
ui.compare.addEventListener('click', () => setComparing(!state.comparing));
window.addEventListener('resize', fit);

ui.stage.addEventListener('dragover', (event) => {
  event.preventDefault();
  ui.stage.classList.add('dragging');
});
ui.stage.addEventListener('dragleave', () => ui.stage.classList.remove('dragging'));
ui.stage.addEventListener('drop', (event) => {
  event.preventDefault();
  ui.stage.classList.remove('dragging');
  if (state.job === null) {
    open(event.dataTransfer.files[0]);
  }
});

document.addEventListener('keydown', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.type !== 'range') {
    return;
  }
  const key = event.key.toLowerCase();
  if ((event.ctrlKey || event.metaKey) && key === 'z') {
    event.preventDefault();
    (event.shiftKey ? redo : undo)();
  } else if ((event.ctrlKey || event.metaKey) && key === 'y') {
    event.preventDefault();
    redo();
  } else if (key === 'b') {
    setTool(false);
  } else if (key === 'e') {
    setTool(true);
  } else if (key === '[' || key === ']') {
    ui.size.value = Number(ui.size.value) + (key === ']' ? 4 : -4);
    ui.sizeValue.textContent = ui.size.value;
  }
});

loadMethods().then(updateButtons, (e) => say(`cannot reach the server: ${e.message}`, true));
