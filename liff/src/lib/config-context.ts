import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppConfig } from './app-config.ts';

export const ConfigContext = createContext<AppConfig | null>(null);

export function useAppConfig(): AppConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useAppConfig outside the app');
  return config;
}
