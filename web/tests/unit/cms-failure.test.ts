import { describe, expect, it } from 'vitest';
import { cmsFailureKind, graphqlErrorCodes } from '#shared/utils/cms-failure';

describe('cmsFailureKind', () => {
  it('blames the request for a query the CMS refuses, with status 200 or 400', () => {
    expect(cmsFailureKind({ graphqlErrorCodes: ['GRAPHQL_VALIDATION_FAILED'] })).toBe('client');
    expect(cmsFailureKind({ graphqlErrorCodes: ['BAD_USER_INPUT'] })).toBe('client');
    expect(cmsFailureKind({ httpStatus: 400, graphqlErrorCodes: graphqlErrorCodes('{"errors":[{"message":"Quá nhiều bí danh.","extensions":{"code":"BAD_REQUEST"}}]}') })).toBe('client');
    expect(cmsFailureKind({ httpStatus: 400 })).toBe('client');
  });

  it('calls everything else the CMS being unavailable (503)', () => {
    expect(cmsFailureKind({})).toBe('unavailable');
    expect(cmsFailureKind({ httpStatus: 500, graphqlErrorCodes: ['INTERNAL_SERVER_ERROR'] })).toBe('unavailable');
    expect(cmsFailureKind({ httpStatus: 502 })).toBe('unavailable');
    expect(cmsFailureKind({ httpStatus: 429 })).toBe('unavailable');
    expect(cmsFailureKind({ graphqlErrorCodes: ['INTERNAL_SERVER_ERROR', undefined] })).toBe('unavailable');
  });
});

describe('graphqlErrorCodes', () => {
  it('reads codes from a parsed or raw body and ignores anything else', () => {
    expect(graphqlErrorCodes({ errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] })).toEqual(['BAD_USER_INPUT']);
    expect(graphqlErrorCodes('not json')).toEqual([]);
    expect(graphqlErrorCodes(null)).toEqual([]);
  });
});
