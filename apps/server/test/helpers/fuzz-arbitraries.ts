/**
 * fast-check arbitraries for the fuzz test: hostile strings (SQL and HTML injection, spreadsheet
 * formulas, odd Unicode, NUL, huge text), values shaped by the JSON schemas of the OpenAPI
 * document (so that many requests get past the first check and reach the services), and raw
 * bodies no client should send (malformed JSON, deep nesting, wrong content types).
 */
import fc from 'fast-check';

/** Strings that have broken other systems. */
export const HOSTILE_STRINGS: readonly string[] = [
  "' OR '1'='1",
  "'; DROP TABLE tasks; --",
  '1) UNION SELECT password_hash FROM users --',
  '%_%\\',
  '"; select pg_sleep(10); --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(document.cookie)>',
  "javascript:alert('x')",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe
  '{{7*7}}${7*7}<%= 7*7 %>',
  '=HYPERLINK("http://evil.example","bấm vào")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A9)',
  'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a'.repeat(50),
  '\u202eطرح\u202c Sở Giáo dục \u200f\u200e\u2066x\u2069',
  '\ufeff\u200b\u00a0 \t',
  'a\u0000b',
  '\u0000',
  '\ud800 lone surrogate \udfff',
  '🇻🇳👨‍👩‍👧‍👦𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'Sở Giáo dục và Đào tạo',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '__proto__',
  'constructor',
  'a\r\nSet-Cookie: ketluan_session=x',
  '',
  ' ',
  '0000-00-00',
  '9999-99-99',
  '2021-02-30',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(70_000),
];

/** A string that is usually hostile, sometimes random, sometimes huge. */
export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.nat({ max: 300_000 }).map((n) => 'ê'.repeat(n)) },
  );

const EDGE_NUMBERS = [
  0,
  -1,
  1,
  1.5,
  -0.5,
  2 ** 31,
  -(2 ** 31),
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1e308,
  -1e308,
];

/** Any JSON value, including edge numbers and hostile strings. */
export const anyJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    hostileString(),
    fc.constantFrom(...EDGE_NUMBERS),
    fc.constant(null),
    fc.constant({ __proto__: { role: 'admin' }, constructor: { prototype: { x: 1 } } }),
  );

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
}

/** A plausible value for a string schema: a date, an enum value, an id-like string. */
function plausibleString(s: JsonSchema, ids: readonly string[]): fc.Arbitrary<string> {
  if (s.enum?.length) return fc.constantFrom(...(s.enum as string[]));
  if (s.pattern?.includes('\\d{4}-\\d{2}-\\d{2}'))
    return fc.constantFrom('2021-06-27', '2099-12-31', '1990-01-01');
  if (s.pattern?.includes('0-9a-f')) return fc.stringMatching(/^[0-9a-f]{64}$/);
  return fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 30 }));
}

/**
 * Values for a JSON schema: mostly of the right shape, with hostile leaves (a quarter of the
 * time a leaf is anything at all), so that requests get through validation and reach deeper.
 * `ids` are real record ids of the fixtures, used for plausible references.
 */
export function fromSchema(
  s: JsonSchema | undefined,
  ids: readonly string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!s || depth > 6) return anyJson();
  const variants = s.oneOf ?? s.anyOf ?? s.allOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => fromSchema(v, ids, depth + 1)));
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  let shaped: fc.Arbitrary<unknown>;
  switch (type) {
    case 'object': {
      const props = Object.entries(s.properties ?? {});
      const record = Object.fromEntries(props.map(([k, v]) => [k, fromSchema(v, ids, depth + 1)]));
      const required = (s.required ?? []).filter((k) => k in record);
      const extra = fc.dictionary(fc.constantFrom('__proto__', 'extra', 'id', 'role'), anyJson(), {
        maxKeys: 1,
      });
      shaped = fc
        .tuple(
          fc.oneof(
            { weight: 3, arbitrary: fc.record(record, { requiredKeys: required }) },
            { weight: 1, arbitrary: fc.record(record, { requiredKeys: [] }) },
          ),
          extra,
        )
        .map(([r, more]) => ({ ...more, ...r }));
      break;
    }
    case 'array':
      shaped = fc.array(fromSchema(s.items, ids, depth + 1), { maxLength: 3 });
      break;
    case 'string':
      shaped = fc.oneof(plausibleString(s, ids), hostileString());
      break;
    case 'integer':
    case 'number':
      shaped = fc.oneof(
        fc.integer({ min: s.minimum ?? -3, max: Math.min(s.maximum ?? 5, (s.minimum ?? -3) + 8) }),
        fc.constantFrom(...EDGE_NUMBERS),
      );
      break;
    case 'boolean':
      shaped = fc.boolean();
      break;
    default:
      shaped = anyJson();
  }
  return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: anyJson() });
}

/** A raw body with its content type, for what a JSON schema cannot express. */
export interface RawBody {
  payload: string | Buffer;
  contentType: string;
}

/** Bodies no well-behaved client sends. */
export const rawBodies = (): fc.Arbitrary<RawBody> =>
  fc.oneof(
    fc.constantFrom<RawBody>(
      { payload: '{"title": ', contentType: 'application/json' },
      { payload: '{"a":1}}', contentType: 'application/json' },
      { payload: 'nul', contentType: 'application/json' },
      { payload: '', contentType: 'application/json' },
      { payload: '\u0000\u0001\u0002', contentType: 'application/json' },
      { payload: `${'['.repeat(50_000)}${']'.repeat(50_000)}`, contentType: 'application/json' },
      {
        payload: `{"x":${'{"x":'.repeat(20_000)}1${'}'.repeat(20_001)}`,
        contentType: 'application/json',
      },
      { payload: `"${'a'.repeat(3_000_000)}"`, contentType: 'application/json' },
      { payload: '{"title":"x"}', contentType: 'application/json; charset=utf-16' },
      { payload: '{"title":"x"}', contentType: 'text/plain' },
      { payload: '<a>x</a>', contentType: 'application/xml' },
      { payload: 'title=x&version=1', contentType: 'application/x-www-form-urlencoded' },
      {
        payload: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc\r\n--x--',
        contentType: 'multipart/form-data',
      },
      { payload: '--x\r\n\r\n', contentType: 'multipart/form-data; boundary=x' },
      {
        payload:
          '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 cut',
        contentType: 'multipart/form-data; boundary=x',
      },
      {
        payload: `${'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n'.repeat(3000)}--x--`,
        contentType: 'multipart/form-data; boundary=x',
      },
      { payload: Buffer.from([0xff, 0xfe, 0x00, 0x7b]), contentType: 'application/json' },
    ),
    fc.jsonValue({ maxDepth: 4 }).map((v) => ({
      payload: JSON.stringify(v) ?? 'null',
      contentType: 'application/json',
    })),
  );

/** Percent-encodes `s` for a URL; a lone surrogate becomes the bytes of one (bad UTF-8). */
export function encodePart(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += ch.length === 1 && c >= 0xd800 && c <= 0xdfff ? '%ED%A0%80' : encodeURIComponent(ch);
  }
  return out;
}

/** A query-string value: plausible, hostile, or broken percent-encoding. */
export const queryValue = (s: JsonSchema | undefined, ids: readonly string[]) =>
  fc.oneof(
    fromSchema(s, ids).map((v) =>
      encodePart((typeof v === 'string' ? v : (JSON.stringify(v) ?? '')).slice(0, 5000)),
    ),
    fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '%C0%AE', '1&limit=-1', 'a%0d%0ab'),
  );
