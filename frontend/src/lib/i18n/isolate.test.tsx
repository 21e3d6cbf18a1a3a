import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18next, isolate, IsolatedText } from './index';

describe('isolating what people typed inside a translated sentence', () => {
  it('shows each isolated value as a <bdi>, the sentence around it as it is', async () => {
    await i18next.changeLanguage('en');
    const text = i18next.t('header.signedInAs', { name: isolate('Hana Host') });
    expect(text).toBe('Signed in as \u2068Hana Host\u2069');

    const { container } = render(
      <p>
        <IsolatedText>{text}</IsolatedText>
      </p>,
    );

    expect(container.innerHTML).toBe('<p>Signed in as <bdi>Hana Host</bdi></p>');
  });

  it('isolates several values and leaves a sentence without any alone', () => {
    const { container } = render(
      <p>
        <IsolatedText>{`${isolate('F-DEMO01')}: ${isolate('Garden flat')}.`}</IsolatedText>
        <IsolatedText>Nothing typed here.</IsolatedText>
      </p>,
    );
    expect(container.innerHTML).toBe('<p><bdi>F-DEMO01</bdi>: <bdi>Garden flat</bdi>.Nothing typed here.</p>');
  });
});
