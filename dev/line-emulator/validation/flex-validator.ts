import { validateAction, type ActionRule } from './action-validator.ts';
import { checkArray, checkEnum, checkHttpsUrl, checkObject, checkString, report, type Issues } from './checks.ts';

const BUTTON_ACTION: ActionRule = { place: 'flex', labelRequired: true, labelMax: 40 };
const TAP_ACTION: ActionRule = { place: 'flex', labelRequired: false, labelMax: 40 };
const COMPONENT_TYPES = ['box', 'button', 'image', 'video', 'icon', 'text', 'span', 'separator', 'filler', 'spacer'];
const MAX_DEPTH = 30;
const BUBBLE_MAX_BYTES = 30_000;
const CAROUSEL_MAX_BYTES = 50_000;

export function validateFlexContainer(issues: Issues, container: unknown, path: string): void {
  if (!checkObject(issues, container, path)) return;
  if (!checkEnum(issues, container.type, `${path}.type`, ['bubble', 'carousel'])) return;
  if (container.type === 'bubble') {
    validateBubble(issues, container, path);
    return;
  }
  if (jsonBytes(container) > CAROUSEL_MAX_BYTES) report(issues, path, 'carousel must be 50 KB or less');
  const bubbles = checkArray(issues, container.contents, `${path}.contents`, { min: 1, max: 12 }) ?? [];
  bubbles.forEach((bubble, index) => {
    const bubblePath = `${path}.contents[${index}]`;
    if (checkObject(issues, bubble, bubblePath) && checkEnum(issues, bubble.type, `${bubblePath}.type`, ['bubble'])) {
      validateBubble(issues, bubble, bubblePath);
    }
  });
}

function validateBubble(issues: Issues, bubble: Record<string, unknown>, path: string): void {
  if (jsonBytes(bubble) > BUBBLE_MAX_BYTES) report(issues, path, 'bubble must be 30 KB or less');
  for (const block of ['header', 'hero', 'body', 'footer']) {
    if (bubble[block] !== undefined) validateComponent(issues, bubble[block], `${path}.${block}`, 0);
  }
  if (bubble.action !== undefined) validateAction(issues, bubble.action, `${path}.action`, TAP_ACTION);
}

function validateComponent(issues: Issues, component: unknown, path: string, depth: number): void {
  if (depth > MAX_DEPTH) {
    report(issues, path, `nesting deeper than ${MAX_DEPTH} levels`);
    return;
  }
  if (!checkObject(issues, component, path)) return;
  if (!checkEnum(issues, component.type, `${path}.type`, COMPONENT_TYPES)) return;
  COMPONENT_RULES[component.type as string]?.(issues, component, path, depth);
  if (component.action !== undefined && component.type !== 'button') {
    validateAction(issues, component.action, `${path}.action`, TAP_ACTION);
  }
}

type ComponentRule = (issues: Issues, component: Record<string, unknown>, path: string, depth: number) => void;

const COMPONENT_RULES: Record<string, ComponentRule> = {
  box(issues, box, path, depth) {
    checkEnum(issues, box.layout, `${path}.layout`, ['vertical', 'horizontal', 'baseline']);
    const contents = checkArray(issues, box.contents, `${path}.contents`, { min: 0, max: 1000 }) ?? [];
    contents.forEach((child, index) => validateComponent(issues, child, `${path}.contents[${index}]`, depth + 1));
  },
  text(issues, text, path, depth) {
    const spans = Array.isArray(text.contents) ? text.contents : [];
    if (spans.length === 0) checkString(issues, text.text, `${path}.text`, { max: 2000 });
    spans.forEach((span, index) => validateComponent(issues, span, `${path}.contents[${index}]`, depth + 1));
  },
  span(issues, span, path) {
    checkString(issues, span.text, `${path}.text`, { max: 2000 });
  },
  button(issues, button, path) {
    validateAction(issues, button.action, `${path}.action`, BUTTON_ACTION);
    checkEnum(issues, button.style, `${path}.style`, ['primary', 'secondary', 'link'], false);
  },
  image(issues, image, path) {
    checkHttpsUrl(issues, image.url, `${path}.url`);
  },
  icon(issues, icon, path) {
    checkHttpsUrl(issues, icon.url, `${path}.url`);
  },
  video(issues, video, path, depth) {
    checkHttpsUrl(issues, video.url, `${path}.url`);
    checkHttpsUrl(issues, video.previewUrl, `${path}.previewUrl`);
    if (video.altContent !== undefined) validateComponent(issues, video.altContent, `${path}.altContent`, depth + 1);
  },
};

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}
