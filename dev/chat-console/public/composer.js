import { h } from './dom.js';
import { STICKERS } from './stickers.js';

const $ = (selector) => document.querySelector(selector);

/** The bottom bar: text, location, sticker and image; `send` receives the emulator's event input. */
export function wireComposer({ send, sendImage }) {
  $('#composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = $('#composer-text');
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    send({ type: 'text', text });
  });
  $('#attach-location').addEventListener('click', () => $('#location-dialog').showModal());
  $('#attach-sticker').addEventListener('click', () => $('#sticker-dialog').showModal());
  $('#attach-image').addEventListener('change', (event) => {
    const [file] = event.target.files;
    event.target.value = '';
    if (file) sendImage(file);
  });
  wireLocationDialog(send);
  wireStickerPicker(send);
}

function wireLocationDialog(send) {
  $('#location-dialog form').addEventListener('submit', (event) => {
    if (event.submitter?.value !== 'ok') return;
    const form = new FormData(event.target);
    send({
      type: 'location',
      latitude: Number(form.get('latitude')),
      longitude: Number(form.get('longitude')),
      title: String(form.get('title') || '') || undefined,
      address: String(form.get('address') || '') || undefined,
    });
  });
}

function wireStickerPicker(send) {
  $('#sticker-grid').replaceChildren(...STICKERS.map(({ packageId, stickerId, face }) =>
    h('button', {
      type: 'button',
      title: `สติกเกอร์ ${packageId}/${stickerId}`,
      onclick: () => {
        send({ type: 'sticker', packageId, stickerId });
        $('#sticker-dialog').close();
      },
    }, face)));
}
