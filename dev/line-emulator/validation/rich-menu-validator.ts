import { validateAction } from './action-validator.ts';
import { checkArray, checkNumber, checkObject, checkString, report, type Issues } from './checks.ts';

export interface RichMenuSize {
  width: number;
  height: number;
}

export function validateRichMenu(body: unknown): Issues {
  const issues: Issues = [];
  if (!checkObject(issues, body, 'body')) return issues;
  const size = validateSize(issues, body.size);
  if (typeof body.selected !== 'boolean') report(issues, 'selected', 'must be specified');
  checkString(issues, body.name, 'name', { max: 300 });
  checkString(issues, body.chatBarText, 'chatBarText', { max: 14 });
  const areas = checkArray(issues, body.areas, 'areas', { min: 0, max: 20 }) ?? [];
  areas.forEach((area, index) => validateArea(issues, area, `areas[${index}]`, size));
  return issues;
}

function validateSize(issues: Issues, size: unknown): RichMenuSize | undefined {
  if (!checkObject(issues, size, 'size')) return undefined;
  const widthOk = checkNumber(issues, size.width, 'size.width', { min: 800, max: 2500 });
  const heightOk = checkNumber(issues, size.height, 'size.height', { min: 250, max: 2500 });
  if (!widthOk || !heightOk) return undefined;
  const valid = { width: size.width as number, height: size.height as number };
  if (valid.width / valid.height < 1.45) report(issues, 'size', 'width / height must be 1.45 or more');
  return valid;
}

function validateArea(issues: Issues, area: unknown, path: string, size: RichMenuSize | undefined): void {
  if (!checkObject(issues, area, path)) return;
  validateAction(issues, area.action, `${path}.action`, { place: 'richmenu', labelRequired: false, labelMax: 20 });
  if (!checkObject(issues, area.bounds, `${path}.bounds`)) return;
  const { x, y, width, height } = area.bounds;
  const numbersOk = [x, y, width, height].every((value, i) =>
    checkNumber(issues, value, `${path}.bounds.${['x', 'y', 'width', 'height'][i]}`, { min: 0, max: 2500 }),
  );
  if (!numbersOk || !size) return;
  const inside = (x as number) + (width as number) <= size.width && (y as number) + (height as number) <= size.height;
  if (!inside) report(issues, `${path}.bounds`, 'area must be inside the rich menu');
}
