// The fake keys the trace fixtures hold, by role. Each matches its provider's
// format and is visibly fake. fixtures/trace/** contain them literally.
export const K = {
  /** The OpenAI key that should be used. */
  openai: 'sk-proj-FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKET3BlbkFJEXAMPLE0EXAMPLE0EXAMPLE0EXAMPLE0EXAMPLE0',
  /** A stale OpenAI key left behind somewhere. */
  openaiOld: 'sk-proj-FAKEOLDKEYFAKEOLDKEYFAKEOLDKEYFAKEOLDKEYT3BlbkFJEXAMPLE1EXAMPLE1EXAMPLE1EXAMPLE1EXAMPLE1',
  /** The production OpenAI key. */
  openaiProd: 'sk-proj-FAKEPRODFAKEPRODFAKEPRODFAKEPRODFAKEPRODT3BlbkFJEXAMPLE2EXAMPLE2EXAMPLE2EXAMPLE2EXAMPLE2',
  stripe: 'sk_test_FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0',
  github: 'ghp_FAKE9FAKE9FAKE9FAKE9FAKE9FAKE9FAKE9F',
  githubOld: 'ghp_FAKE8FAKE8FAKE8FAKE8FAKE8FAKE8FAKE8F',
} as const;
