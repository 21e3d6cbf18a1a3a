import { useParams } from 'react-router';
import { IntakeView } from '../../../features/families';

/** The family's private form: no account, the token in the address is the key. */
export function IntakePage() {
  const { token = '' } = useParams();
  return <IntakeView key={token} token={token} />;
}
