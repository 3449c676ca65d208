// The provider's id for the answer, which support asks for first. Read from
// the header block (curl -i / -v: `request-id:`, `x-request-id:`), from header
// dumps and envelopes as SDKs print them (`'x-notion-request-id': [ '…' ]`,
// `"request_id":"req_…"`, `request_id: 'req_…'`), or a `Request ID: …` line.
// Client-made ids (`client-request-id`) are not the provider's and are skipped.

const HEADER_NAMES = ['request-id', 'x-request-id', 'x-notion-request-id', 'x-github-request-id', 'apim-request-id', 'x-ms-request-id', 'x-amzn-requestid', 'x-amz-request-id'];

const IN_TEXT = /(?<![\w-])(?:x-[a-z]+-request-?id|x-request-id|request[-_ ]?id|requestId)["']?\s*[:=]\s*\[?\s*["']?([A-Za-z0-9][\w:.\-/+=]{5,100})/gi;

const NOT_AN_ID = /^(?:undefined|null|none|nil|true|false)$/i;

export function findRequestId(headers: Record<string, string>, text: string): string | undefined {
  for (const name of HEADER_NAMES) {
    const v = headers[name]?.trim();
    if (v && !NOT_AN_ID.test(v)) return v.slice(0, 120);
  }
  const head = text.slice(0, 1024 * 1024);
  for (const m of head.matchAll(IN_TEXT)) {
    const v = m[1]!.replace(/[.,;]+$/, '');
    if (!NOT_AN_ID.test(v)) return v;
  }
  // Anthropic and Stripe ids stand alone in prose: "Request ID: req_011C…", "ID req_1a2B…".
  return /\breq_[A-Za-z0-9]{12,}\b/.exec(head)?.[0];
}
