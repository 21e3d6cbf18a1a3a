import { useTranslation } from 'react-i18next';

type AreaLabelProps = {
  /** The area others see, e.g. "SY (Shrewsbury)"; may be in a script of its own, hence the bdi. */
  label: string;
  /** Only the postcode area's post town was found: the point may be tens of km from the home. */
  approximate: boolean;
};

/** An offer's area as matching uses it, marked "(approximate)" as the wizard's review step does. */
export function AreaLabel({ label, approximate }: AreaLabelProps) {
  const { t } = useTranslation();
  return (
    <>
      <bdi>{label}</bdi>
      {approximate && ` ${t('offerForm.areaApproximate')}`}
    </>
  );
}
