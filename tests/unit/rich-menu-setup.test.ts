import { readFileSync } from 'node:fs';
import { messagingApi } from '@line/bot-sdk';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RICH_MENU_NAME_PREFIX, buildDefaultRichMenu } from '../../bot/rich-menu/rich-menu-definition.ts';
import { RichMenuSetupError } from '../../bot/rich-menu/rich-menu-setup-error.ts';
import { setupRichMenu } from '../../bot/rich-menu/setup-rich-menu.ts';

const API = 'https://api.line.me';
const DATA_API = 'https://api-data.line.me';
const TOKEN = 'test-channel-access-token';
const IMAGE = readFileSync(new URL('../../assets/rich-menu/rich-menu.png', import.meta.url));
const NEW_ID = 'richmenu-new000000000000000000000';
const OLD_ID = 'richmenu-old000000000000000000000';
const UNRELATED_ID = 'richmenu-other0000000000000000000';

function runSetup(options: { log?: string[]; menu?: messagingApi.RichMenuRequest } = {}) {
  return setupRichMenu({
    api: new messagingApi.MessagingApiClient({ channelAccessToken: TOKEN, baseURL: API }),
    blobApi: new messagingApi.MessagingApiBlobClient({ channelAccessToken: TOKEN, baseURL: DATA_API }),
    menu: options.menu ?? buildDefaultRichMenu({}),
    image: IMAGE,
    namePrefix: RICH_MENU_NAME_PREFIX,
    log: (line) => options.log?.push(line),
  });
}

function listedMenu(richMenuId: string, name: string) {
  return { ...buildDefaultRichMenu({}), richMenuId, name };
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('setupRichMenu against the LINE API', () => {
  it('when every call succeeds, then it validates, creates, uploads, sets default and deletes only the old menu', async () => {
    const calls: string[] = [];
    const record = (call: string, status: number, body: object = {}) => () => {
      calls.push(call);
      return [status, body] as const;
    };
    const api = nock(API, { reqheaders: { authorization: `Bearer ${TOKEN}` } });
    api.post('/v2/bot/richmenu/validate', buildDefaultRichMenu({})).reply(record('validate', 200));
    api.post('/v2/bot/richmenu', buildDefaultRichMenu({})).reply(record('create', 200, { richMenuId: NEW_ID }));
    api.post(`/v2/bot/user/all/richmenu/${NEW_ID}`).reply(record('set default', 200));
    api.get('/v2/bot/richmenu/list').reply(
      record('list', 200, {
        richmenus: [
          listedMenu(OLD_ID, `${RICH_MENU_NAME_PREFIX}-v0`),
          listedMenu(NEW_ID, `${RICH_MENU_NAME_PREFIX}-v1`),
          listedMenu(UNRELATED_ID, 'campaign-menu'),
        ],
      }),
    );
    api.delete(`/v2/bot/richmenu/${OLD_ID}`).reply(record(`delete ${OLD_ID}`, 200));
    let uploadedBytes = 0;
    const data = nock(DATA_API, { reqheaders: { authorization: `Bearer ${TOKEN}`, 'content-type': 'image/png' } })
      .post(`/v2/bot/richmenu/${NEW_ID}/content`, (body: unknown) => {
        uploadedBytes = Buffer.from(String(body), 'hex').byteLength;
        return true;
      })
      .reply(record('upload image', 200));

    const log: string[] = [];
    const result = await runSetup({ log });

    expect(calls).toEqual(['validate', 'create', 'upload image', 'set default', 'list', `delete ${OLD_ID}`]);
    expect(uploadedBytes).toBe(IMAGE.byteLength);
    expect(result).toEqual({ richMenuId: NEW_ID, deletedRichMenuIds: [OLD_ID] });
    expect(api.isDone() && data.isDone()).toBe(true);
    expect(log.join('\n')).toContain(NEW_ID);
  });

  it('when LINE rejects the create call with 400, then the error names the step, the status and the reason', async () => {
    nock(API).post('/v2/bot/richmenu/validate').reply(200, {});
    nock(API)
      .post('/v2/bot/richmenu')
      .reply(400, {
        message: 'The request body has 1 error(s)',
        details: [{ message: 'size must be specified', property: 'size' }],
      });

    const error = await runSetup().catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(RichMenuSetupError);
    const setupError = error as RichMenuSetupError;
    expect(setupError.step).toContain('create');
    expect(setupError.status).toBe(400);
    expect(setupError.message).toContain('HTTP 400');
    expect(setupError.message).toContain('The request body has 1 error(s)');
    expect(setupError.message).toContain('size: size must be specified');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('when the image does not match the menu size, then it stops before calling LINE', async () => {
    const menu = { ...buildDefaultRichMenu({}), size: { width: 2500, height: 843 } };
    const error = await runSetup({ menu }).catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(RichMenuSetupError);
    expect((error as Error).message).toContain('2500×1686');
  });
});
