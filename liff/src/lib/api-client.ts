import { idToken } from './liff-session.ts';

export type FieldErrors = Record<string, string>;

/** An API refusal: the Thai `message` is shown to the user as is; `fields` sit beside the inputs. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;
  constructor(status: number, code: string, message: string, fields: FieldErrors = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

const OFFLINE_MESSAGE = 'เชื่อมต่ออินเทอร์เน็ตไม่ได้ กรุณาตรวจสอบสัญญาณแล้วลองใหม่ค่ะ';
const SERVER_MESSAGE = 'ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้งค่ะ';

/**
 * One key per thing the person means to send: a double tap, or a retry after a reply lost on a
 * flaky connection, carries the same key and the server acts once. getRandomValues, unlike
 * randomUUID, works outside a secure context too.
 */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

type RequestOptions = { method?: string; body?: unknown; raw?: Blob; signal?: AbortSignal; headers?: Record<string, string> };

/** Every call carries the LINE ID token; the server verifies it and never takes a user id from us. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.ok) return (response.status === 204 ? undefined : await response.json()) as T;
  throw await toApiError(response);
}

/** For downloads (CSV): the body as a Blob. */
export async function apiDownload(path: string): Promise<Blob> {
  const response = await send(path, {});
  if (response.ok) return response.blob();
  throw await toApiError(response);
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  const token = idToken();
  if (token) headers.authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.raw) {
    headers['content-type'] = options.raw.type;
    body = options.raw;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  try {
    return await fetch(`/api${path}`, { method: options.method ?? (body ? 'POST' : 'GET'), headers, body, signal: options.signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'offline', OFFLINE_MESSAGE);
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as { error?: string; message?: string; fields?: FieldErrors } | null;
  const message = body?.message ?? (response.status === 413 ? 'ไฟล์ใหญ่เกินไปค่ะ' : SERVER_MESSAGE);
  return new ApiError(response.status, body?.error ?? `http_${response.status}`, message, body?.fields ?? {});
}
