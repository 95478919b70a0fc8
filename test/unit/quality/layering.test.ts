import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { layeringViolations, PURE_FOLDERS } from '../../helpers/layering.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('layering', () => {
  it('keeps the framework-free folders free of Astro virtual modules, React and components', () => {
    expect(layeringViolations(ROOT)).toEqual([]);
  });

  describe('on a fixture that breaks every rule', () => {
    const fixture = mkdtempSync(join(tmpdir(), 'layering-'));
    afterAll(() => rmSync(fixture, { recursive: true, force: true }));
    const files: Record<string, string> = {
      'src/quiz/clean.ts': "import { createMachine } from 'xstate';\nimport { helper } from './helper.ts';\nimport type { Progress } from '../progress/record.ts';\nimport { z } from 'astro/zod';\nexport { createMachine, helper, z };\nexport type { Progress };",
      'src/quiz/helper.ts': 'export const helper = 1;',
      'src/progress/record.ts': 'export interface Progress { version: 1 }',
      'src/course/entries.ts': "import { getCollection } from 'astro:content';\nexport const entries = () => getCollection('modules');",
      'src/search/status.ts': "import { useState } from 'react';\nexport const useStatus = () => useState('');",
      'src/search/store.ts': "import { useStore } from '@nanostores/react';\nexport { useStore };",
      'src/lms/launch.ts': "export const load = () => import('../components/Launch.astro');",
      'src/worksheets/view.ts': "export { default } from '../components/islands/View.tsx';",
      'src/progress/indirect.ts': "import { loader } from '../lib/loader.ts';\nexport const load = loader;",
      'src/lib/loader.ts': "import { getEntry } from 'astro:content';\nexport const loader = getEntry;",
      'src/lib/unused.ts': "import { useState } from 'react';\nexport { useState };",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(fixture, path)), { recursive: true });
      writeFileSync(join(fixture, path), text);
    }

    it('names each way a pure folder reaches one, directly or through another module', () => {
      expect(layeringViolations(fixture, PURE_FOLDERS).sort()).toEqual([
        'src/course/entries.ts imports "astro:content" (an Astro virtual module)',
        'src/lms/launch.ts imports "../components/Launch.astro" (a component)',
        'src/progress/indirect.ts → src/lib/loader.ts imports "astro:content" (an Astro virtual module)',
        'src/search/status.ts imports "react" (React)',
        'src/search/store.ts imports "@nanostores/react" (React)',
        'src/worksheets/view.ts imports "../components/islands/View.tsx" (a component)',
      ]);
    });
  });
});
