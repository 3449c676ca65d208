import { probeSuite } from '../helpers/probe-suite.js';
import { anthropic } from '../../src/probes/anthropic/index.js';

probeSuite(anthropic);
