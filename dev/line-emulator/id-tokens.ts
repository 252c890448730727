import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EmulatorUser } from './types.ts';

export interface IdTokenOptions {
  /** Lifetime from now; negative values issue an already-expired token (default 3600, like LIFF). */
  expiresInSeconds?: number;
  nonce?: string;
}

export interface IdTokenClaims {
  iss: 'https://access.line.me';
  sub: string;
  aud: string;
  exp: number;
  iat: number;
  nonce?: string;
  amr: string[];
  name: string;
  picture?: string;
}

export interface VerifyRequest {
  idToken: string;
  clientId: string;
  nonce?: string;
  userId?: string;
}

export type VerifyOutcome = { ok: true; claims: IdTokenClaims } | { ok: false; description: string };

/**
 * Issues ID tokens as compact HS256 JWTs with a per-emulator random key. (LINE signs with ES256;
 * clients must not verify locally anyway, they call the verify endpoint.)
 */
export class IdTokenIssuer {
  readonly #key = randomBytes(32);
  readonly #loginChannelId: string;

  constructor(loginChannelId: string) {
    this.#loginChannelId = loginChannelId;
  }

  issue(user: EmulatorUser, options: IdTokenOptions, nowMs: number): string {
    const iat = Math.floor(nowMs / 1000);
    const claims: IdTokenClaims = {
      iss: 'https://access.line.me',
      sub: user.userId,
      aud: this.#loginChannelId,
      exp: iat + (options.expiresInSeconds ?? 3600),
      iat,
      ...(options.nonce === undefined ? {} : { nonce: options.nonce }),
      amr: ['linesso'],
      name: user.displayName,
      ...(user.pictureUrl === undefined ? {} : { picture: user.pictureUrl }),
    };
    const signingInput = `${encode({ typ: 'JWT', alg: 'HS256' })}.${encode(claims)}`;
    return `${signingInput}.${this.#sign(signingInput)}`;
  }

  verify(request: VerifyRequest, nowMs: number): VerifyOutcome {
    const claims = this.#readClaims(request.idToken);
    if (!claims) return { ok: false, description: 'Invalid IdToken.' };
    if (claims.exp <= Math.floor(nowMs / 1000)) return { ok: false, description: 'IdToken expired.' };
    if (claims.aud !== request.clientId) return { ok: false, description: 'Invalid IdToken Audience.' };
    if (request.nonce !== undefined && claims.nonce !== request.nonce) {
      return { ok: false, description: 'Invalid IdToken Nonce.' };
    }
    if (request.userId !== undefined && claims.sub !== request.userId) {
      return { ok: false, description: 'Invalid IdToken Subject Identifier.' };
    }
    return { ok: true, claims };
  }

  #sign(signingInput: string): string {
    return createHmac('sha256', this.#key).update(signingInput).digest('base64url');
  }

  #readClaims(token: string): IdTokenClaims | undefined {
    const [header, payload, signature, ...rest] = token.split('.');
    if (!header || !payload || !signature || rest.length > 0) return undefined;
    const expected = Buffer.from(this.#sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as IdTokenClaims;
    } catch {
      return undefined;
    }
  }
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
