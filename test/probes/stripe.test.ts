import { probeSuite } from '../helpers/probe-suite.js';
import { stripe } from '../../src/probes/stripe/index.js';

probeSuite(stripe);
