import type { LanguagePack } from '../types.js';
import { abbreviations } from './abbreviations.js';
import { dates } from './dates.js';
import { boilerplate } from './boilerplate.js';
import { entities } from './entities.js';
import { claims } from './claims.js';

const pack: LanguagePack = { code: 'en', abbreviations, dates, boilerplate, entities, claims };
export default pack;
