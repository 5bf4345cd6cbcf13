import { en } from 'chrono-node';
import type { BoilerplateLexicon } from '../types.js';

/** Job words of people who write the article, for author bios. */
const WRITER = String.raw`(?:reporter|journalist|writer|editor|correspondent|columnist|author|contributor|blogger|producer|photographer)`;

export const boilerplate: BoilerplateLexicon = {
  shareLine: /^(?:share|tweet|print|email|e-mail|copy link)(?:\s+(?:this(?:\s+(?:article|story))?|on\s+(?:facebook|twitter|linkedin|whatsapp|x)|via\s+email))?$/iu,
  navigationLine: /^(?:home|menu|search|close|skip to (?:main )?content|sign in|log in|subscribe|newsletter|advertisement)$/iu,
  backToTopLine: /^(?:back|return|go|scroll)\s+to\s+(?:the\s+)?top(?:\s+of\s+(?:the\s+)?page)?$/iu,
  readAlsoPrefix: /^(?:read|see)\s+(?:also|more)(?![\p{L}\p{N}])|^(?:related|recommended|more on this(?: story)?)\s*:/iu,
  relatedHeaderLine: /^(?:related(?:\s+(?:articles|stories|coverage))?|more (?:on this|from)[^:]{0,40}|further reading|recommended(?: for you)?|tags|topics)\s*:?$/iu,
  creditPrefix: /^(?:photos?|photograph|image|credit|caption|illustration)s?\s*:/iu,
  logoPrefix: /^logo\s/iu,
  bylinePrefix: /^(?:(?:written|posted|reported|writing|(?:additional\s+)?reporting|editing)\s+)?by(?:\s*:\s*|\s+)/iu,
  bylineJob: new RegExp(String.raw`(?<![\p{L}\p{N}])${WRITER}s?(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?$`, 'iu'),
  readingTimeLine: /^(?:(?:reading\s+time|read\s+time)\s*:?\s*(?:about\s+)?\d+\s*min(?:ute)?s?\.?|\d+[\s-]*min(?:ute)?s?\.?\s+read)$/iu,
  sourceLine: /^sources?\s*:\s*(.{1,60}?)\.?$/iu,
  bioFirstPerson: new RegExp(String.raw`^(?:i\s+am|i['’]m|i\s+have\s+been|i['’]ve\s+been)\s+(?:\S+\s+){0,3}?${WRITER}`, 'iu'),
  bioThirdPerson: new RegExp(String.raw`^(?:is|was)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,3}?${WRITER}`, 'iu'),
  bylineDates: en.strict,
  numericDateOrderVaries: true,
  // "Published on", and with the kind of piece: "Interview published on", "Story posted".
  datePrefix: /^(?:\p{L}+\s+)?(?:published|updated|last\s+updated|posted|first\s+published)(?:\s+on)?\s*:?\s*/iu,
};
