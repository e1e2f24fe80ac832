// protokoll web: the little JavaScript the pages use; everything works without it except the
// source viewer. Loaded as a module on every page.
const main = document.getElementById('main');

// drag and drop onto the upload form's drop zone puts the files in its file input
const drop = document.getElementById('drop-zone');
if (drop) {
  const input = drop.querySelector('input[type=file]');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files?.length) input.files = e.dataTransfer.files;
  });
}

// the meeting page: "show in source" buttons drive the viewer
if (document.querySelector('.meeting')) {
  const { showQuote } = await import('./viewer.js');
  const meeting = document.querySelector('.meeting');
  const select = async (button) => {
    document.querySelectorAll('li.task.focus').forEach((li) => li.classList.remove('focus'));
    const li = button.closest('li.task');
    if (li) li.classList.add('focus');
    await showQuote(button.dataset.quote, Number(button.dataset.page) || null);
  };
  meeting.addEventListener('click', (e) => {
    const button = e.target.closest('button.quote-link');
    if (button) select(button);
  });
  const focus = meeting.dataset.focus;
  const target = focus && [...meeting.querySelectorAll('button.quote-link')].find((b) => b.dataset.target === focus);
  if (target) {
    target.closest('li.task, section.item')?.scrollIntoView({ block: 'center' });
    await select(target);
  } else {
    await showQuote(null, 1);
  }
}
void main;
