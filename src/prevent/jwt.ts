// JWT-shaped keys (Supabase's anon and service_role keys, many gateways'
// tokens) carry their own expiry in the payload's `exp` claim (RFC 7519 §4.1.4,
// seconds since the epoch). The payload is decoded here, locally: it is never
// sent anywhere and never printed.

const JWT = /^[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*$/;

function part(b64url: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(b64url, 'base64url').toString('utf8'));
    return json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The claims of a JWT-shaped value, or undefined when it is not a JWT (its header must name an `alg`). */
export function jwtClaims(value: string): Record<string, unknown> | undefined {
  const v = value.trim();
  if (!JWT.test(v)) return undefined;
  const [header, payload] = v.split('.');
  if (typeof part(header!)?.alg !== 'string') return undefined;
  return part(payload!);
}

/** The `exp` claim as a date, when there is a numeric one. */
export function jwtExpiry(value: string): Date | undefined {
  const exp = jwtClaims(value)?.exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? new Date(exp * 1000) : undefined;
}
