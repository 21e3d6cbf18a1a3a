import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type FormEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../lib/i18n';
import { ApiError } from '../../lib/api';
import { ErrorSummary } from './ErrorSummary';
import { textValue } from './form-data';
import { RadioGroup } from './RadioGroup';
import { TextField } from './TextField';
import { useFormSubmission } from './use-form-submission';
import { collectErrors, emailError, requiredError } from './validation';

const FIELDS = ['email', 'contact', 'hidden'];

/** A small form as every Haven form is built: fields, useFormSubmission, the summary at the top. */
function Harness({ serverError }: { serverError?: ApiError }) {
  const submission = useFormSubmission({ fields: FIELDS });
  const [contact, setContact] = useState('');
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = textValue(event.currentTarget, 'email');
    if (submission.showClientErrors(collectErrors({ email: emailError(email), contact: requiredError(contact) }))) {
      return;
    }
    await submission.run(() => (serverError ? Promise.reject(serverError) : Promise.resolve()));
  }
  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <ErrorSummary submission={submission} />
      <TextField label="Email address" name="email" error={submission.fieldErrors.email} />
      <RadioGroup
        legend="How should we contact you?"
        name="contact"
        options={[
          { value: 'phone', label: 'Phone' },
          { value: 'email', label: 'Email' },
        ]}
        value={contact}
        onChange={setContact}
        error={submission.fieldErrors.contact}
      />
      <button type="submit">Send</button>
    </form>
  );
}

describe('ErrorSummary', () => {
  it('shows nothing and leaves the title alone while there is no error', () => {
    document.title = 'Sign up – Haven';
    render(<Harness />);
    expect(screen.queryByRole('heading', { name: 'There is a problem' })).not.toBeInTheDocument();
    expect(document.title).toBe('Sign up – Haven');
  });

  it('after a failed submit takes focus, links each error to its field and prefixes the title', async () => {
    document.title = 'Sign up – Haven';
    const user = userEvent.setup();
    render(<Harness />);

    await user.type(screen.getByLabelText('Email address'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const summary = screen.getByRole('heading', { name: 'There is a problem' }).closest('.error-summary');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(document.title).toBe('Error: Sign up – Haven');
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Email address: Enter an email address like name@example.com.',
      'How should we contact you?: This field is required.',
    ]);

    await user.click(screen.getByRole('link', { name: /^How should we contact you/ }));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Phone' })).toHaveFocus());
    await user.click(screen.getByRole('link', { name: /^Email address/ }));
    await waitFor(() => expect(screen.getByLabelText('Email address')).toHaveFocus());

    // Corrected and sent: the summary goes, and the title is the page's own again.
    await user.clear(screen.getByLabelText('Email address'));
    await user.type(screen.getByLabelText('Email address'), 'amina@example.org');
    await user.click(screen.getByRole('radio', { name: 'Phone' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.queryByRole('heading', { name: 'There is a problem' })).not.toBeInTheDocument();
    expect(document.title).toBe('Sign up – Haven');
  });

  it('lists the server’s field errors too, and one it cannot place as text, in Dari', async () => {
    await changeLanguage('fa-AF');
    document.title = 'ثبت نام – Haven';
    const user = userEvent.setup();
    const refused = new ApiError({
      status: 400,
      type: 'validation-failed',
      fieldErrors: { email: 'This email cannot be used.', other: 'Not shown next to any field.' },
      fieldErrorCodes: { email: 'invalid-value' },
    });
    render(<Harness serverError={refused} />);

    await user.type(screen.getByLabelText('Email address'), 'amina@example.org');
    await user.click(screen.getByRole('radio', { name: 'Phone' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const summary = await screen.findByRole('heading', { name: 'مشکلی پیش آمد' });
    await waitFor(() => expect(summary.closest('.error-summary')).toHaveFocus());
    expect(document.title).toBe('خطا: ثبت نام – Haven');
    expect(summary.closest('.error-summary')).toHaveTextContent('Not shown next to any field.');
    await user.click(screen.getByRole('link', { name: /^Email address/ }));
    await waitFor(() => expect(screen.getByLabelText('Email address')).toHaveFocus());
  });

  it('gives the title back when the form goes, and swaps the prefix when the language changes', async () => {
    document.title = 'Sign up – Haven';
    const user = userEvent.setup();
    const view = render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(document.title).toBe('Error: Sign up – Haven');

    await changeLanguage('uk');
    await screen.findByRole('heading', { name: 'Виникла проблема' });
    expect(document.title).toBe('Помилка: Sign up – Haven');
    // The page sets its own title again (as PageTitle does): the prefix comes back.
    document.title = 'Реєстрація – Haven';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.title).toBe('Помилка: Реєстрація – Haven');

    view.unmount();
    expect(document.title).toBe('Реєстрація – Haven');
  });
});
