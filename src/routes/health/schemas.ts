import { errorResponses, invalidParamsExample } from '../common-schemas.ts';

/** `/health` takes no parameters, is exempt from the rate limit, and answers 503 when the service is overloaded. */
export const HealthErrorResponses = errorResponses({
  url: '/health',
  rateLimited: false,
  invalid: [
    invalidParamsExample('unknownParameter', 'A query parameter', '/health?verbose=true', [
      ['querystring.verbose', 'is not a parameter of this route, which takes none'],
    ]),
  ],
});
