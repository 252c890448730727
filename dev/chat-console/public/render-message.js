import { h, isSafeUrl, safeImage } from './dom.js';
import { renderFlex } from './render-flex.js';
import { stickerFace } from './stickers.js';

/** A bot message (as sent to the Messaging API) rendered as a readable card. */
export function renderBotMessage(message, ctx) {
  const render = BOT_MESSAGES[message?.type];
  return render ? render(message, ctx) : h('p', { class: 'text' }, message?.altText ?? `[ข้อความชนิด ${message?.type}]`);
}

const BOT_MESSAGES = {
  text: (message) => h('p', { class: 'text' }, message.text),
  textV2: (message) => h('p', { class: 'text' }, message.text),
  image: (message) => safeImage(message.previewImageUrl ?? message.originalContentUrl, 'รูปภาพจากบอท', { class: 'photo' }),
  video: (message) => mediaLink(message.originalContentUrl, '🎬 วิดีโอ'),
  audio: (message) => mediaLink(message.originalContentUrl, '🔊 ข้อความเสียง'),
  sticker: (message) => renderSticker(message.packageId, message.stickerId),
  location: (message) => renderLocation(message),
  imagemap: (message) => h('div', { class: 'card' }, h('p', { class: 'muted' }, 'รูปภาพกดลิงก์ได้ (imagemap)'), message.altText),
  template: (message, ctx) => renderTemplate(message.template, ctx),
  flex: (message, ctx) => h('div', { class: 'flex-message', title: message.altText }, renderFlex(message.contents, ctx)),
};

/** What the user did, from the webhook event the emulator sent on their behalf. */
export function renderUserEvent(event, displayText, ctx) {
  if (event.type === 'postback') {
    return displayText
      ? h('p', { class: 'text' }, displayText)
      : h('p', { class: 'muted' }, `(กดปุ่ม: ${event.postback?.data ?? ''})`);
  }
  const message = event.message ?? {};
  switch (message.type) {
    case 'text':
      return h('p', { class: 'text' }, message.text);
    case 'image':
      return safeImage(ctx.contentUrl(message.id), 'รูปภาพที่ส่ง', { class: 'photo' });
    case 'sticker':
      return renderSticker(message.packageId, message.stickerId);
    case 'location':
      return renderLocation(message);
    default:
      return h('p', { class: 'muted' }, `[${event.type}]`);
  }
}

export function renderSticker(packageId, stickerId) {
  return h('div', { class: 'sticker', title: `สติกเกอร์ ${packageId}/${stickerId}` },
    h('span', { class: 'sticker-face' }, stickerFace(packageId, stickerId)),
    h('small', {}, `สติกเกอร์ ${packageId}/${stickerId}`));
}

function renderLocation(location) {
  const mapUrl = `https://www.openstreetmap.org/?mlat=${location.latitude}&mlon=${location.longitude}#map=16/${location.latitude}/${location.longitude}`;
  return h('div', { class: 'card location' },
    h('strong', {}, `📍 ${location.title ?? 'ตำแหน่งที่ตั้ง'}`),
    location.address ? h('p', {}, location.address) : null,
    h('a', { href: mapUrl, target: '_blank', rel: 'noopener noreferrer' },
      `${Number(location.latitude).toFixed(5)}, ${Number(location.longitude).toFixed(5)}`));
}

function mediaLink(url, label) {
  return isSafeUrl(url) ? h('a', { class: 'card', href: url, target: '_blank', rel: 'noopener noreferrer' }, label) : h('p', {}, label);
}

function renderTemplate(template, ctx) {
  switch (template?.type) {
    case 'buttons':
      return renderTemplateCard(template, ctx);
    case 'confirm':
      return h('div', { class: 'card template confirm' }, h('p', { class: 'text' }, template.text),
        h('div', { class: 'template-actions row' }, actionButtons(template.actions, ctx)));
    case 'carousel':
      return h('div', { class: 'flex-carousel' }, (template.columns ?? []).map((column) => renderTemplateCard(column, ctx)));
    case 'image_carousel':
      return h('div', { class: 'flex-carousel' }, (template.columns ?? []).map((column) =>
        h('div', { class: 'card template image-column' }, safeImage(column.imageUrl, 'รูปภาพ', { class: 'photo' }),
          actionButtons([column.action], ctx))));
    default:
      return h('p', { class: 'muted' }, `[เทมเพลต ${template?.type ?? '?'}]`);
  }
}

function renderTemplateCard(card, ctx) {
  const element = h('div', { class: 'card template' },
    card.thumbnailImageUrl ? safeImage(card.thumbnailImageUrl, 'รูปภาพ', { class: 'photo' }) : null,
    card.title ? h('strong', {}, card.title) : null,
    h('p', { class: 'text' }, card.text),
    h('div', { class: 'template-actions' }, actionButtons(card.actions, ctx)));
  if (card.defaultAction) element.addEventListener('click', () => ctx.onAction(card.defaultAction));
  return element;
}

function actionButtons(actions, ctx) {
  return (actions ?? []).map((action) =>
    h('button', {
      type: 'button',
      class: 'template-button',
      onclick: (event) => {
        event.stopPropagation();
        ctx.onAction(action);
      },
    }, action?.label ?? ''));
}
