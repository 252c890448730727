import express, { Router, type Response } from 'express';
import type { EmulatorState } from '../emulator-state.ts';
import { faultGate, lineLocals } from './line-http.ts';

/** LINE Login's ID-token verify endpoint; errors use OAuth's `{error, error_description}` shape. */
export function oauthRoutes(state: EmulatorState): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '64kb' });
  router.post('/oauth2/v2.1/verify', form, faultGate(state, 'verify'), (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const idToken = optionalString(body.id_token);
    const clientId = optionalString(body.client_id);
    if (idToken === undefined) return sendOauthError(res, 'id_token is required');
    if (clientId === undefined) return sendOauthError(res, 'client_id is required');
    const nonce = optionalString(body.nonce);
    const userId = optionalString(body.user_id);
    const outcome = state.idTokens.verify(
      { idToken, clientId, ...(nonce === undefined ? {} : { nonce }), ...(userId === undefined ? {} : { userId }) },
      state.config.now(),
    );
    if (!outcome.ok) return sendOauthError(res, outcome.description);
    lineLocals(res).responseBody = outcome.claims;
    res.status(200).json(outcome.claims);
  });
  return router;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function sendOauthError(res: Response, description: string): void {
  const body = { error: 'invalid_request', error_description: description };
  lineLocals(res).responseBody = body;
  res.status(400).json(body);
}
