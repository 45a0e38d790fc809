import { afterEach } from 'vitest';
import { closeOpenSessions } from './browser';

afterEach(closeOpenSessions);
