/**
 * The authorisation matrix: for every route of the OpenAPI document, the status each
 * principal gets. Columns: anon admin office leader viewer owner other — `owner` is an agency
 * user of the org the fixtures belong to, `other` an agency user of an unrelated org. A route
 * another module adds must get a line here (authz-coverage.test.ts fails until it does), and
 * a request builder in authz-requests.ts.
 */
import { PRINCIPALS, type Principal } from './authz-world.ts';

// biome-ignore format: an aligned table is easier to review
const TABLE: Record<string, string> = {
  //                                             anon adm  off  lead view own  oth
  'GET /healthz':                               '200  200  200  200  200  200  200',
  'POST /api/auth/login':                       '200  200  200  200  200  200  200',
  'POST /api/auth/logout':                      '200  200  200  200  200  200  200',
  'GET /api/auth/me':                           '401  200  200  200  200  200  200',
  'PATCH /api/auth/me':                         '401  200  200  200  200  200  200',
  'POST /api/users':                            '401  201  403  403  403  403  403',
  'GET /api/users':                             '401  200  403  403  403  403  403',
  'GET /api/orgs':                              '401  200  200  200  200  200  200',
  'GET /api/orgs/{id}':                         '401  200  200  200  200  200  200',
  'POST /api/orgs/lineage':                     '401  200  403  403  403  403  403',
  'GET /api/holidays/{year}':                   '401  200  200  200  200  200  200',
  'PUT /api/holidays/{year}':                   '401  200  403  403  403  403  403',
  'GET /api/settings':                          '401  200  200  200  200  200  200',
  'PUT /api/settings':                          '401  200  403  403  403  403  403',
  'GET /api/audit':                             '401  200  403  403  403  403  403',
  'GET /api/audit/verify':                      '401  200  403  403  403  403  403',
  'POST /api/tasks':                            '401  201  201  403  403  403  403',
  'GET /api/tasks':                             '401  200  200  200  200  200  200',
  'GET /api/tasks/{id}':                        '401  200  200  200  200  200  404',
  'PATCH /api/tasks/{id}':                      '401  200  200  403  403  403  404',
  'GET /api/tasks/{id}/events':                 '401  200  200  200  200  200  404',
  'POST /api/tasks/{id}/events':                '401  200  200  403  403  200  404',
  'POST /api/meetings':                         '401  201  201  403  403  403  403',
  'GET /api/meetings':                          '401  200  200  200  200  200  200',
  'GET /api/meetings/{id}':                     '401  200  200  200  200  200  404',
  'PATCH /api/meetings/{id}':                   '401  200  200  403  403  403  404',
  'POST /api/meetings/{id}/items':              '401  201  201  403  403  403  404',
  'PATCH /api/items/{id}':                      '401  200  200  403  403  403  404',
  'GET /api/dossiers/{id}':                     '401  200  200  200  200  200  404',
  'GET /api/reports/agencies':                  '401  200  200  200  200  200  200',
  'POST /api/meetings/{id}/announcements':      '401  201  201  403  403  403  403',
  'GET /api/announcements':                     '401  200  200  200  200  200  200',
  'GET /api/announcements/{id}':                '401  200  200  200  200  200  404',
  'PATCH /api/announcements/{id}':              '401  200  200  403  403  403  403',
  'GET /api/announcements/{id}/versions':       '401  200  200  200  200  200  404',
  'POST /api/announcements/{id}/approve':       '401  200  403  200  403  403  403',
  'POST /api/announcements/{id}/issue':         '401  200  200  403  403  403  403',
  'PUT /api/announcements/{id}/publication':    '401  200  200  403  403  403  403',
  'POST /api/announcements/{id}/corrections':   '401  201  201  403  403  403  403',
  'GET /api/announcements/{id}/docx':           '401  200  200  200  200  200  404',
  'GET /api/announcements/{id}/pdf':            '401  200  200  200  200  200  404',
  'GET /api/meetings/{id}/record.pdf':          '401  200  200  200  200  200  404',
  'GET /public/announcements':                  '200  200  200  200  200  200  200',
  'GET /public/announcements.atom':             '200  200  200  200  200  200  200',
  'GET /public/announcements/{id}':             '200  200  200  200  200  200  200',
  'POST /api/files':                            '401  201  201  403  403  201  201',
  'GET /api/files/{sha256}':                    '401  200  200  200  200  200  404',
  'GET /api/search':                            '401  200  200  200  200  200  200',
  'POST /api/imports':                          '401  201  201  403  403  403  403',
  'GET /api/imports':                           '401  200  200  403  403  403  403',
  'POST /api/imports/upload':                   '401  201  201  403  403  403  403',
  'GET /api/imports/{id}':                      '401  200  200  403  403  403  403',
  'PATCH /api/imports/{id}':                    '401  200  200  403  403  403  403',
  'POST /api/imports/{id}/commit':              '401  200  200  403  403  403  403',
  'POST /api/imports/{id}/discard':             '401  200  200  403  403  403  403',
  'GET /api/reports/leaders':                   '401  200  200  200  200  200  200',
  'GET /api/reports/meetings':                  '401  200  200  200  200  200  200',
  'GET /api/reports/coordination':              '401  200  200  200  200  200  200',
  'GET /api/reports/export.xlsx':               '401  200  200  200  200  200  200',
  'GET /api/reports/export.docx':               '401  200  200  200  200  200  200',
  'POST /api/tasks/{id}/coordinator-input':     '401  200  200  403  403  200  404',
  'GET /api/notifications':                     '401  200  200  200  200  200  200',
  'POST /api/notifications/{id}/read':          '401  404  404  404  404  200  404',
  'GET /api/orgs/{id}/calendar-token':          '401  200  200  403  403  200  403',
  'POST /api/orgs/{id}/calendar-token':         '401  200  200  403  403  200  403',
  'DELETE /api/orgs/{id}/calendar-token':       '401  200  200  403  403  200  403',
  'GET /ical/{token}.ics':                      '200  200  200  200  200  200  200',
  'GET /api/bulk/tasks.xlsx':                   '401  200  200  403  403  200  200',
  'POST /api/bulk/preview':                     '401  200  200  403  403  200  200',
  'POST /api/bulk/apply':                       '401  200  200  403  403  200  422',
};

/** Records every signed-in user may read: no 404 is expected of another agency. */
export const SHARED = new Set([
  'GET /api/orgs/{id}',
  'GET /api/holidays/{year}',
  'GET /public/announcements/{id}',
  // An org is a public record; managing another org's calendar address is refused (403).
  'GET /api/orgs/{id}/calendar-token',
  'POST /api/orgs/{id}/calendar-token',
  'DELETE /api/orgs/{id}/calendar-token',
  // The token is the capability: whoever holds it reads the feed.
  'GET /ical/{token}.ics',
]);

/** Routes opened by a secret in the URL: whoever holds it reads the owner's data there, so
 * the "no owner id reaches another agency" check does not apply. */
export const BY_SECRET = new Set(['GET /ical/{token}.ics']);

/** Routes that end or replace the caller's session: everyone signs in again after them. */
export const RESETS_SESSIONS = new Set(['POST /api/auth/login', 'POST /api/auth/logout']);

/** Expected status per principal of each route (`METHOD /path/{param}`). */
export const EXPECTED: Record<string, Record<Principal, number>> = Object.fromEntries(
  Object.entries(TABLE).map(([route, statuses]) => {
    const codes = statuses.split(/\s+/).map(Number);
    if (codes.length !== PRINCIPALS.length) throw new Error(`bad row for ${route}`);
    return [route, Object.fromEntries(PRINCIPALS.map((p, i) => [p, codes[i]]))];
  }),
) as Record<string, Record<Principal, number>>;
