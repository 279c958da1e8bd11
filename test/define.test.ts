import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { defineElement } from '../src/define.js';

describe('defineElement', () => {
  afterEach(() => sinon.restore());

  it('registers a free tag', () => {
    class First extends HTMLElement {}
    defineElement('define-test-free', First);
    expect(customElements.get('define-test-free')).to.equal(First);
  });

  it('keeps the first definition when another copy of the library defines the tag again, warning once', () => {
    const warn = sinon.stub(console, 'warn');
    class Original extends HTMLElement {}
    class CopyA extends HTMLElement {}
    class CopyB extends HTMLElement {}
    defineElement('define-test-clash', Original);
    expect(() => defineElement('define-test-clash', CopyA)).not.to.throw();
    defineElement('define-test-clash', CopyB);
    expect(customElements.get('define-test-clash')).to.equal(Original);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('<define-test-clash>');
  });

  it('stays silent when the same class is defined twice', () => {
    const warn = sinon.stub(console, 'warn');
    class Same extends HTMLElement {}
    defineElement('define-test-same', Same);
    defineElement('define-test-same', Same);
    expect(warn.called).to.equal(false);
  });
});
