import { load, remove, save } from '../../src/element/storage.js';
import { assert, equal } from './helpers.js';

describe('storage', () => {
  afterEach(() => localStorage.clear());

  it('saves to and loads from localStorage', () => {
    assert(save('k1', 'v'), 'saved');
    equal([localStorage.getItem('k1'), load('k1')], ['v', 'v'], 'values');
  });

  it('keeps a value in memory when setItem throws, and never throws', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      equal(save('k2', 'v2'), false, 'save result');
      equal(load('k2'), 'v2', 'loaded from memory');
    } finally {
      Storage.prototype.setItem = setItem;
    }
    assert(save('k2', 'v3'), 'saved once storage works again');
    equal(load('k2'), 'v3', 'the newer value wins');
  });

  it('loads null when getItem throws', () => {
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      equal(load('nothing-here'), null, 'value');
    } finally {
      Storage.prototype.getItem = getItem;
    }
  });

  it('remove clears storage and memory', () => {
    save('k3', 'v');
    remove('k3');
    equal(load('k3'), null, 'value');
  });
});
