import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../infra/config/load-config.ts';

const LINE_VARS = { LINE_CHANNEL_SECRET: 'channel-secret', LINE_CHANNEL_ACCESS_TOKEN: 'channel-access-token' };

function configErrorOf(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw ConfigError');
}

describe('loadConfig modes', () => {
  it('when no LINE variables are set, then it runs in local mode on 127.0.0.1', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'local', host: '127.0.0.1', lineCredentials: null });
  });

  it('when both LINE variables are set, then it runs in production mode on 0.0.0.0', () => {
    const config = loadConfig({ ...LINE_VARS });
    expect(config).toMatchObject({
      mode: 'production',
      host: '0.0.0.0',
      lineCredentials: { channelSecret: 'channel-secret', channelAccessToken: 'channel-access-token' },
    });
  });

  it.each([
    ['local', { HOST: '127.0.0.2' }],
    ['production', { ...LINE_VARS, HOST: '10.1.2.3' }],
  ])('when HOST is set in %s mode, then it wins over the default', (_, env) => {
    expect(loadConfig(env).host).toBe(env.HOST);
  });

  it.each([
    ['LINE_CHANNEL_ACCESS_TOKEN', { LINE_CHANNEL_SECRET: 'channel-secret' }],
    ['LINE_CHANNEL_SECRET', { LINE_CHANNEL_ACCESS_TOKEN: 'channel-access-token' }],
    ['LINE_CHANNEL_SECRET', { LINE_CHANNEL_SECRET: '   ', LINE_CHANNEL_ACCESS_TOKEN: 'channel-access-token' }],
  ])('when only one LINE variable is set, then ConfigError names the missing %s', (missing, env) => {
    expect(configErrorOf(env).message).toContain(`ขาด ${missing}`);
  });
});

describe('local mode on a network address', () => {
  it('when HOST is not loopback and LINE credentials are missing, then it refuses to start', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/LOCAL_MODE_ALLOW_REMOTE/);
  });

  it('when remote local mode is explicitly allowed, or credentials are set, then it starts', () => {
    expect(loadConfig({ HOST: '0.0.0.0', LOCAL_MODE_ALLOW_REMOTE: 'true' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0', LINE_CHANNEL_SECRET: 's', LINE_CHANNEL_ACCESS_TOKEN: 't' }).mode).toBe('production');
  });
});

describe('loadConfig validation', () => {
  it.each(['abc', '70000', '-1', '3.5'])('when PORT is %j, then ConfigError names PORT', (value) => {
    expect(configErrorOf({ PORT: value }).message).toMatch(/^- PORT:/m);
  });

  it.each(['not a url', 'api.line.me'])('when LINE_API_BASE_URL is %j, then ConfigError names it', (value) => {
    expect(configErrorOf({ LINE_API_BASE_URL: value }).message).toMatch(/^- LINE_API_BASE_URL:/m);
  });

  it('when several variables are wrong, then every one is named', () => {
    const message = configErrorOf({ PORT: 'x', OUTBOX_RETRY_HOURS: '30', LOG_LEVEL: 'loud' }).message;
    expect(message).toMatch(/^- PORT:/m);
    expect(message).toMatch(/^- OUTBOX_RETRY_HOURS:/m);
    expect(message).toMatch(/^- LOG_LEVEL:/m);
  });

  it('when a ConfigError is thrown, then it is an Error named ConfigError', () => {
    const error = configErrorOf({ PORT: 'abc' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConfigError');
  });
});

describe('loadConfig defaults and parsing', () => {
  it('when nothing is set, then documented defaults apply', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      logLevel: 'info',
      lineApiBaseUrl: 'https://api.line.me',
      lineDataApiBaseUrl: 'https://api-data.line.me',
      database: { mongodbUri: undefined, embeddedDbPath: '.data/db', embeddedDbPort: undefined },
      outbox: { retryHours: 6, ratePerSecond: { reply: 1_000, push: 1_000, multicast: 100 } },
      localMode: { emulatorPort: undefined },
    });
  });

  it('when values are given as strings, then numbers and flags are parsed', () => {
    const config = loadConfig({
      PORT: '8080',
      OUTBOX_RETRY_HOURS: '3',
      LINE_RATE_LIMIT_MULTICAST_PER_SEC: '50',
      EMULATOR_PORT: '4001',
      EMBEDDED_DB_PATH: '/var/lib/clinic/db',
      LINE_API_BASE_URL: 'http://127.0.0.1:9090',
    });
    expect(config).toMatchObject({
      port: 8080,
      outbox: { retryHours: 3, ratePerSecond: { multicast: 50 } },
      localMode: { emulatorPort: 4001 },
      database: { embeddedDbPath: '/var/lib/clinic/db' },
      lineApiBaseUrl: 'http://127.0.0.1:9090',
    });
  });

  it('when numeric variables are blank, then their defaults apply', () => {
    const config = loadConfig({ PORT: '', INBOX_MAX_ATTEMPTS: ' ', EMBEDDED_DB_PATH: '', EMBEDDED_DB_PORT: '' });
    expect(config.port).toBe(3000);
    expect(config.inbox.maxAttempts).toBe(5);
    expect(config.database.embeddedDbPath).toBe('.data/db');
    expect(config.database.embeddedDbPort).toBeUndefined();
  });

  it('when optional strings are blank, then they count as unset', () => {
    const config = loadConfig({ MONGODB_URI: '  ', LIFF_ID: '' });
    expect(config.database.mongodbUri).toBeUndefined();
    expect(config.liff.liffId).toBeUndefined();
  });
});
