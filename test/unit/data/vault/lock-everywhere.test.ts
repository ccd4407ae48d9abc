import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockThisTab, lockVault, VaultError } from '../../../../src/data';
import { newDataKey } from '../../../../src/data/vault/field-cipher';
import { dropKey, holdKey, isUnlocked, requireKey } from '../../../../src/data/vault/key-holder';

// Another tab of the app, as this tab sees it: the same BroadcastChannel name.
const CHANNEL = 'madoguchi-vault-lock';

describe('a lock reaches every tab (issue 19)', () => {
  const others: BroadcastChannel[] = [];
  const otherTab = () => {
    const channel = new BroadcastChannel(CHANNEL);
    others.push(channel);
    return channel;
  };
  afterEach(() => {
    for (const channel of others.splice(0)) channel.close();
    dropKey();
  });

  it('locks this tab when another tab locks: the key is gone, nothing can be opened', async () => {
    holdKey(await newDataKey());
    otherTab().postMessage('lock');
    await vi.waitFor(() => expect(isUnlocked()).toBe(false));
    expect(() => requireKey()).toThrow(VaultError);
  });

  it('tells the other tabs when the person locks, but not when this tab locks by itself', async () => {
    const heard: unknown[] = [];
    otherTab().onmessage = (event: MessageEvent) => heard.push(event.data);

    holdKey(await newDataKey());
    lockThisTab();
    expect(isUnlocked()).toBe(false);
    holdKey(await newDataKey());
    lockVault();
    expect(isUnlocked()).toBe(false);
    await vi.waitFor(() => expect(heard).toEqual(['lock']));
  });
});
