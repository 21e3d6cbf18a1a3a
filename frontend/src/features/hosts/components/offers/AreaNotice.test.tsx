import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage, type LanguageCode } from '../../../../lib/i18n';
import { AreaNotice } from './AreaNotice';

describe('the approximate-area notice', () => {
  // The label is Latin script inside Dari text: <bdi> keeps "SY (Shrewsbury)" from being reordered.
  it.each<[LanguageCode, string]>([
    ['en', 'near SY (Shrewsbury).'],
    ['uk', 'біля SY (Shrewsbury).'],
    ['fa-AF', 'نزدیک SY (Shrewsbury).'],
  ])('in %s names the area in its own <bdi>', async (language, words) => {
    await changeLanguage(language);
    const { container } = render(<AreaNotice area="SY (Shrewsbury)" onUsePlaceName={() => {}} />);

    expect(screen.getByRole('status')).toHaveTextContent(words);
    expect(container.querySelector('bdi')).toHaveTextContent(/^SY \(Shrewsbury\)$/);
    expect(screen.getByRole('button')).toBeInTheDocument();
  });

  it('offers no switch when the host already typed a place name', () => {
    render(<AreaNotice area="LS (Leeds)" />);
    expect(screen.getByRole('status')).toHaveTextContent('near LS (Leeds)');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
