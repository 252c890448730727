import { createEmulatorApp } from './emulator-app.ts';
import { EmulatorState } from './emulator-state.ts';
import { userIdFromSeed } from './ids.ts';
import { listen } from './listen.ts';
import type { LineEmulator, LineEmulatorOptions } from './line-emulator-types.ts';
import { openStateJournal } from './persistence/state-journal.ts';
import { controlRoutes } from './routes/control-routes.ts';
import { DEFAULT_PERSONAS } from './user-directory.ts';
import { WebhookSender } from './webhook-sender.ts';
import { matchesDelivery, waitForDeliveries } from './wait-for-deliveries.ts';

export type { LineEmulator, LineEmulatorOptions, RunningEmulator } from './line-emulator-types.ts';

export function createLineEmulator(options: LineEmulatorOptions): LineEmulator {
  const state = createState(options);
  const personas = options.personas ?? DEFAULT_PERSONAS;
  const sender = new WebhookSender(state);
  const reset = () => {
    state.clearTraffic();
    state.users.clear();
    for (const persona of personas) state.users.add(persona);
    state.notify({ kind: 'reset' });
  };
  reset();
  const journal = options.stateDir === undefined ? null : openStateJournal(state, options.stateDir);
  const controlRouter = controlRoutes(state, sender, { reset });
  const app = createEmulatorApp(state, controlRouter);
  return {
    app,
    controlRouter,
    botUserId: state.config.botUserId,
    get webhookUrl() {
      return state.config.webhookUrl;
    },
    set webhookUrl(url: string) {
      state.config.webhookUrl = url;
    },
    listen: (port, host) => listen(app, port ?? 0, host ?? '127.0.0.1'),
    users: {
      list: () => state.users.list(),
      get: (userId) => state.users.get(userId),
      add: (input) => {
        const user = state.users.add(input);
        state.notify({ kind: 'user', user });
        return user;
      },
    },
    sendFromUser: (userId, input) => sender.sendFromUser(userId, input),
    postWebhook: (events) => sender.postEvents(events),
    redeliver: (event) => sender.redeliver(event),
    issueReplyToken: (userId) => state.replyTokens.issue(userId ?? null, state.config.now()),
    issueIdToken: (userId, tokenOptions = {}) => {
      const user = state.users.get(userId);
      if (!user) throw new Error(`unknown user ${userId}`);
      return state.idTokens.issue(user, tokenOptions, state.config.now());
    },
    injectFault: (spec) => state.faults.inject(spec),
    clearFaults: () => state.faults.clear(),
    activeFaults: () => state.faults.list(),
    deliveries: (filter = {}) => state.deliveries.filter((delivery) => matchesDelivery(delivery, filter)),
    sendCalls: () => ({ ...state.sendCalls }),
    waitForDeliveries: (filter, waitOptions) => waitForDeliveries(state, filter, waitOptions),
    requestLog: (filter = {}) => state.requestLog.filter((entry) => !filter.endpoint || entry.endpoint === filter.endpoint),
    webhookLog: () => [...state.webhookLog],
    richMenus: {
      shownTo: (userId) => state.richMenus.shownTo(userId),
      image: (richMenuId) => state.richMenus.image(richMenuId),
    },
    subscribe: (listener) => state.subscribe(listener),
    reset,
    close: () => journal?.close(),
  };
}

function createState(options: LineEmulatorOptions): EmulatorState {
  return new EmulatorState(
    {
      channelSecret: options.channelSecret,
      channelAccessToken: options.channelAccessToken,
      loginChannelId: options.loginChannelId,
      botUserId: options.botUserId ?? userIdFromSeed(`bot:${options.channelAccessToken}`),
      webhookUrl: options.webhookUrl,
      webhookTimeoutMs: options.webhookTimeoutMs ?? 10_000,
      monthlyMessageQuota: options.monthlyMessageQuota,
      maxLogEntries: options.maxLogEntries ?? 50_000,
      now: options.now ?? Date.now,
      logger: options.logger,
    },
    options.replyTokenTtlMs ?? 60_000,
  );
}
