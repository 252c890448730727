import { describe, expect, it } from 'vitest';
import { mapError } from '../../bot/http/error-handler.ts';

const SECRET_DETAIL = 'connect ECONNREFUSED 10.0.0.5:27017 password=hunter2';

describe('mapError', () => {
  it('when the thrown value is null or undefined, then it answers 500 instead of crashing', () => {
    expect(mapError(null).status).toBe(500);
    expect(mapError(undefined).status).toBe(500);
  });

  it('when the body is too large, then it answers 413 payload_too_large', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' });
    expect(mapError(tooLarge)).toEqual({ status: 413, body: { error: 'payload_too_large', message: expect.any(String) } });
    expect(mapError({ status: 413 }).status).toBe(413);
  });

  it.each([
    ['status 400', { status: 400 }, 400],
    ['statusCode 404', { statusCode: 404 }, 404],
    ['status 422 on an Error', Object.assign(new Error('bad input'), { status: 422 }), 422],
  ])('when an error carries %s, then it answers that status as bad_request', (_, error, status) => {
    expect(mapError(error)).toEqual({ status, body: { error: 'bad_request', message: expect.any(String) } });
  });

  it.each([
    ['a plain Error', new Error(SECRET_DETAIL)],
    ['an error with status 503', Object.assign(new Error(SECRET_DETAIL), { status: 503 })],
    ['an error with a non-HTTP status', Object.assign(new Error(SECRET_DETAIL), { status: 200 })],
    ['a thrown string', SECRET_DETAIL],
  ])('when the error is %s, then it answers 500 without leaking details', (_, error) => {
    const mapped = mapError(error);
    expect(mapped).toEqual({ status: 500, body: { error: 'internal_error', message: expect.any(String) } });
    const serialized = JSON.stringify(mapped.body);
    expect(serialized).not.toContain('ECONNREFUSED');
    expect(serialized).not.toContain('hunter2');
    expect(serialized).not.toMatch(/\bat .+:\d+:\d+/);
    expect(Object.keys(mapped.body).sort()).toEqual(['error', 'message']);
  });
});
