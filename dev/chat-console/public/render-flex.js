import { h, safeImage, setStyles } from './dom.js';

const SPACING = { none: '0', xs: '2px', sm: '4px', md: '8px', lg: '12px', xl: '16px', xxl: '20px' };
const TEXT_SIZES = {
  xxs: '11px', xs: '13px', sm: '14px', md: '16px', lg: '19px', xl: '22px', xxl: '29px', '3xl': '35px', '4xl': '48px', '5xl': '74px',
};
const ICON_SIZES = { ...TEXT_SIZES };
const IMAGE_WIDTHS = { xxs: '40px', xs: '60px', sm: '80px', md: '100px', lg: '120px', xl: '140px', xxl: '160px', full: '100%' };
const BUBBLE_WIDTHS = { nano: '120px', micro: '160px', deca: '220px', hecto: '241px', kilo: '260px', mega: '300px', giga: '386px' };
const BLOCKS = ['header', 'hero', 'body', 'footer'];

/** A compact renderer for LINE Flex containers; unknown parts degrade to their text. */
export function renderFlex(container, ctx) {
  if (container?.type === 'carousel') {
    return h('div', { class: 'flex-carousel' }, (container.contents ?? []).map((bubble) => renderBubble(bubble, ctx)));
  }
  return renderBubble(container, ctx);
}

function renderBubble(bubble, ctx) {
  const element = h('div', {
    class: 'flex-bubble',
    style: { width: BUBBLE_WIDTHS[bubble?.size] ?? BUBBLE_WIDTHS.mega },
  });
  for (const name of BLOCKS) {
    const block = bubble?.[name];
    if (!block) continue;
    const style = bubble.styles?.[name] ?? {};
    if (style.separator) element.append(h('hr', { class: 'flex-separator', style: { borderColor: style.separatorColor } }));
    element.append(h('div', { class: `flex-block flex-${name}`, style: { backgroundColor: style.backgroundColor } },
      renderComponent(block, 'vertical', ctx)));
  }
  attachAction(element, bubble?.action, ctx);
  return element;
}

function renderComponent(component, parentLayout, ctx) {
  const render = COMPONENTS[component?.type] ?? renderUnknown;
  const element = render(component, ctx, parentLayout);
  applyCommon(element, component, parentLayout);
  if (component?.type !== 'button') attachAction(element, component?.action, ctx);
  return element;
}

const COMPONENTS = {
  box(box, ctx) {
    const element = h('div', { class: `flex-box flex-${box.layout ?? 'vertical'}` },
      (box.contents ?? []).map((child) => renderComponent(child, box.layout, ctx)));
    setStyles(element, {
      gap: SPACING[box.spacing] ?? box.spacing,
      backgroundColor: box.backgroundColor,
      borderRadius: box.cornerRadius,
      border: box.borderWidth ? `${SPACING[box.borderWidth] ?? box.borderWidth} solid ${box.borderColor ?? '#000'}` : undefined,
      justifyContent: box.justifyContent,
      alignItems: box.alignItems,
      width: box.width,
      height: box.height,
      padding: SPACING[box.paddingAll] ?? box.paddingAll,
      paddingTop: SPACING[box.paddingTop] ?? box.paddingTop,
      paddingBottom: SPACING[box.paddingBottom] ?? box.paddingBottom,
      paddingLeft: SPACING[box.paddingStart] ?? box.paddingStart,
      paddingRight: SPACING[box.paddingEnd] ?? box.paddingEnd,
    });
    return element;
  },
  text(text) {
    const spans = (text.contents ?? []).map((span) =>
      h('span', { style: spanStyle(span) }, span.text ?? ''));
    return h('div', { class: `flex-text${text.wrap ? ' wrap' : ''}`, style: textStyle(text) },
      spans.length > 0 ? spans : text.text ?? '');
  },
  span(span) {
    return h('span', { style: spanStyle(span) }, span.text ?? '');
  },
  button(button, ctx) {
    const style = button.style ?? 'link';
    const element = h('button', { type: 'button', class: `flex-button ${style} ${button.height ?? 'md'}` },
      button.action?.label ?? '');
    if (button.color) element.style[style === 'link' ? 'color' : 'backgroundColor'] = button.color;
    element.addEventListener('click', () => ctx.onAction(button.action));
    return element;
  },
  image(image) {
    const wrapper = h('div', { class: 'flex-image', style: { width: IMAGE_WIDTHS[image.size ?? 'md'] ?? image.size } });
    const ratio = String(image.aspectRatio ?? '1:1').split(':').map(Number);
    wrapper.style.aspectRatio = `${ratio[0] || 1} / ${ratio[1] || 1}`;
    wrapper.append(safeImage(image.url, 'รูปภาพ', { class: image.aspectMode === 'cover' ? 'cover' : 'fit' }));
    wrapper.style.backgroundColor = image.backgroundColor ?? '';
    return wrapper;
  },
  icon(icon) {
    const size = ICON_SIZES[icon.size ?? 'md'] ?? icon.size;
    return h('span', { class: 'flex-icon', style: { width: size, height: size } }, safeImage(icon.url, '•'));
  },
  separator(separator) {
    return h('hr', { class: 'flex-separator', style: { borderColor: separator.color } });
  },
  spacer(spacer) {
    return h('div', { class: 'flex-spacer', style: { height: SPACING[spacer.size ?? 'md'] } });
  },
  filler() {
    return h('div', { class: 'flex-filler' });
  },
  video(video, ctx) {
    return video.altContent ? renderComponent(video.altContent, 'vertical', ctx) : h('div', { class: 'image-placeholder' }, 'วิดีโอ');
  },
};

function renderUnknown(component) {
  return h('div', { class: 'flex-text wrap flex-unknown' }, component?.text ?? component?.altText ?? `[${component?.type ?? '?'}]`);
}

function textStyle(text) {
  return {
    fontSize: TEXT_SIZES[text.size ?? 'md'] ?? text.size,
    fontWeight: text.weight === 'bold' ? '700' : undefined,
    color: text.color,
    textAlign: text.align,
    fontStyle: text.style === 'italic' ? 'italic' : undefined,
    textDecoration: text.decoration === 'none' ? undefined : text.decoration,
    WebkitLineClamp: text.maxLines ? String(text.maxLines) : undefined,
  };
}

function spanStyle(span) {
  return { ...textStyle(span), fontSize: TEXT_SIZES[span.size] ?? span.size };
}

/** LINE's flex rule: children of horizontal/baseline boxes share space (flex 1) unless told otherwise. */
function applyCommon(element, component, parentLayout) {
  const flex = component?.flex ?? (parentLayout === 'vertical' ? undefined : 1);
  if (flex !== undefined) element.style.flex = flex === 0 ? '0 0 auto' : `${flex} 1 0%`;
  const margin = SPACING[component?.margin] ?? component?.margin;
  if (margin) element.style[parentLayout === 'vertical' ? 'marginTop' : 'marginLeft'] = margin;
  if (component?.gravity) element.style.alignSelf = { top: 'flex-start', center: 'center', bottom: 'flex-end' }[component.gravity];
  if (component?.position === 'absolute') {
    setStyles(element, { position: 'absolute', top: component.offsetTop, left: component.offsetStart,
      bottom: component.offsetBottom, right: component.offsetEnd });
  }
}

function attachAction(element, action, ctx) {
  if (!action) return;
  element.classList.add('tappable');
  element.setAttribute('role', 'button');
  element.setAttribute('tabindex', '0');
  element.title = action.label ?? '';
  element.addEventListener('click', (event) => {
    event.stopPropagation();
    ctx.onAction(action);
  });
}
