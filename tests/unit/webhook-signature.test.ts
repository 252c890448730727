import { validateSignature } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { signWebhookBody } from '../../dev/line-emulator/sign-webhook-body.ts';

describe('signWebhookBody', () => {
  it('when given the SDK test vector, then it produces the published signature', () => {
    expect(signWebhookBody('test_secret', '{"hello":"world"}')).toBe('t7Hn4ZDHqs6e+wdvI5TyQIvzie0DmMUmuXEBqyyE/tM=');
  });

  it('when the body is a Buffer with Thai text, then the SDK accepts the signature', () => {
    const body = Buffer.from(JSON.stringify({ events: [{ message: { text: 'สวัสดีค่ะ' } }] }), 'utf8');
    const signature = signWebhookBody('another-secret', body);
    expect(validateSignature(body, 'another-secret', signature)).toBe(true);
    expect(signWebhookBody('another-secret', body.toString('utf8'))).toBe(signature);
  });

  it('when one byte of the body changes, then the SDK rejects the old signature', () => {
    const signature = signWebhookBody('s3cret', '{"events":[]}');
    expect(validateSignature('{"events":[] }', 's3cret', signature)).toBe(false);
    expect(validateSignature('{"events":[]}', 'other', signature)).toBe(false);
  });
});
