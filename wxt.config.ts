import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Margin — paper digest triage',
    short_name: 'Margin',
    description:
      'Marks every paper on Hugging Face Daily Papers and arXiv listings (new, seen, saved, duplicate) and keeps a private reading library you can export.',
    permissions: ['storage', 'unlimitedStorage'],
    commands: {
      'open-library': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open the Margin library',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'margin@margin-papers.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
