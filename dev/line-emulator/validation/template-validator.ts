import { validateAction, type ActionRule } from './action-validator.ts';
import { checkArray, checkEnum, checkHttpsUrl, checkObject, checkString, report, type Issues } from './checks.ts';

const BUTTON_ACTION: ActionRule = { place: 'template', labelRequired: true, labelMax: 20 };
const DEFAULT_ACTION: ActionRule = { place: 'template', labelRequired: false, labelMax: 20 };
const IMAGE_CAROUSEL_ACTION: ActionRule = { place: 'template', labelRequired: false, labelMax: 12 };

export function validateTemplate(issues: Issues, template: unknown, path: string): void {
  if (!checkObject(issues, template, path)) return;
  const types = ['buttons', 'confirm', 'carousel', 'image_carousel'];
  if (!checkEnum(issues, template.type, `${path}.type`, types)) return;
  if (template.type === 'buttons') validateButtons(issues, template, path);
  if (template.type === 'confirm') validateConfirm(issues, template, path);
  if (template.type === 'carousel') validateCarousel(issues, template, path);
  if (template.type === 'image_carousel') validateImageCarousel(issues, template, path);
}

function validateActions(issues: Issues, value: unknown, path: string, size: { min: number; max: number }): number {
  const actions = checkArray(issues, value, path, size) ?? [];
  actions.forEach((action, index) => validateAction(issues, action, `${path}[${index}]`, BUTTON_ACTION));
  return actions.length;
}

/** Buttons and carousel columns share the rule: text is shorter when an image or title is shown. */
function validateCard(issues: Issues, card: Record<string, unknown>, path: string, textMax: number): void {
  checkHttpsUrl(issues, card.thumbnailImageUrl, `${path}.thumbnailImageUrl`, false, 2000);
  checkString(issues, card.title, `${path}.title`, { max: 40, required: false });
  const compact = card.thumbnailImageUrl !== undefined || card.title !== undefined;
  checkString(issues, card.text, `${path}.text`, { max: compact ? 60 : textMax });
  if (card.defaultAction !== undefined) validateAction(issues, card.defaultAction, `${path}.defaultAction`, DEFAULT_ACTION);
}

function validateButtons(issues: Issues, template: Record<string, unknown>, path: string): void {
  validateCard(issues, template, path, 160);
  validateActions(issues, template.actions, `${path}.actions`, { min: 1, max: 4 });
}

function validateConfirm(issues: Issues, template: Record<string, unknown>, path: string): void {
  checkString(issues, template.text, `${path}.text`, { max: 240 });
  validateActions(issues, template.actions, `${path}.actions`, { min: 2, max: 2 });
}

function validateCarousel(issues: Issues, template: Record<string, unknown>, path: string): void {
  const columns = checkArray(issues, template.columns, `${path}.columns`, { min: 1, max: 10 }) ?? [];
  const actionCounts = new Set<number>();
  columns.forEach((column, index) => {
    const columnPath = `${path}.columns[${index}]`;
    if (!checkObject(issues, column, columnPath)) return;
    validateCard(issues, column, columnPath, 120);
    actionCounts.add(validateActions(issues, column.actions, `${columnPath}.actions`, { min: 1, max: 3 }));
  });
  if (actionCounts.size > 1) report(issues, `${path}.columns`, 'all columns must have the same number of actions');
}

function validateImageCarousel(issues: Issues, template: Record<string, unknown>, path: string): void {
  const columns = checkArray(issues, template.columns, `${path}.columns`, { min: 1, max: 10 }) ?? [];
  columns.forEach((column, index) => {
    const columnPath = `${path}.columns[${index}]`;
    if (!checkObject(issues, column, columnPath)) return;
    checkHttpsUrl(issues, column.imageUrl, `${columnPath}.imageUrl`);
    validateAction(issues, column.action, `${columnPath}.action`, IMAGE_CAROUSEL_ACTION);
  });
}
