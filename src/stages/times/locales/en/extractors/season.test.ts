import { describe } from 'node:test';
import { checkCases } from '../../../testing.js';

describe('times/en/season', () => {
  checkCases([
    ['The exercise took place in the spring of 2000.', ['the spring of 2000', '2000-SP']],
    ['Sales slowed in spring.', ['spring', '2025-SP']],
    ['The offensive stalled last winter.', ['last winter', '2024-WI']],
    ['Prices fall when supply rises.', null],
    ['The strike came at 2100 GMT.', null],
  ]);
});
