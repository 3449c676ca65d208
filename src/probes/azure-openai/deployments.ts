// Azure OpenAI: the deployment the app is configured with, against the deployments the key reaches. Only the pinned
// listing names deployments (./route.ts); the v1 models list does not, so there nothing is compared. A name the
// resource lacks fails every call with 404 DeploymentNotFound "The API deployment for this resource does not exist"
// (chatboxai/chatbox#646, microsoft/semantic-kernel#5319), most often because a model name was given.
// Variables: AZURE_OPENAI_DEPLOYMENT (Vercel AI SDK / many samples), AZURE_OPENAI_DEPLOYMENT_NAME (LangChain, Azure samples).
import type { Finding } from '../../core/types.js';
import { listed } from '../../core/grammar.js';
import type { KeyFacts } from '../types.js';

export const DEPLOYMENT_SETTINGS = ['AZURE_OPENAI_DEPLOYMENT', 'AZURE_OPENAI_DEPLOYMENT_NAME'] as const;


export function deploymentCheck(k: KeyFacts): Finding[] {
  const setting = DEPLOYMENT_SETTINGS.find((n) => k.settings?.[n]?.trim());
  const reached = k.identity?.deployments;
  if (!setting || !Array.isArray(reached) || !reached.length) return [];
  const wanted = k.settings![setting]!.trim();
  if (reached.includes(wanted)) return [];
  const models = Array.isArray(k.identity?.models) ? k.identity.models : [];
  const modelName = models.includes(wanted) ? ` "${wanted}" is a model name; a call names the deployment of it.` : '';
  return [{
    code: 'prevent.deployment_missing',
    severity: 'error',
    message: `${setting} is "${wanted}", but the resource ${k.name} opens has no such deployment (it has ${listed(reached, 8)}): every call to it fails with 404 DeploymentNotFound.${modelName}`,
    fix: `Set ${setting} to one of the resource's deployment names (Azure AI Foundry portal → Deployments), or use the endpoint and key of the resource that has "${wanted}".`,
  }];
}
