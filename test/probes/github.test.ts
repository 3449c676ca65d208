import { probeSuite } from '../helpers/probe-suite.js';
import { github } from '../../src/probes/github/index.js';

probeSuite(github);
