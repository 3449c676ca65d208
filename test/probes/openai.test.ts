import { probeSuite } from '../helpers/probe-suite.js';
import { openai } from '../../src/probes/openai/index.js';

probeSuite(openai);
