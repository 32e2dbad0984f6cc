/** Every shipped school file, validated: tests run for each, so a new school is tested automatically. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSchool } from '../../scripts/content-plugin';

export const schoolIds = readdirSync(join(process.cwd(), 'content/schools'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();

export const schools = schoolIds.map((id) => readSchool(id));
