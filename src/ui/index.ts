export { Banner } from './Banner';
export { Button } from './Button';
export { Checkbox } from './Checkbox';
export { LinkButton } from './LinkButton';
export { PageHeading } from './PageHeading';
export { RadioGroup } from './RadioGroup';
export { TextField } from './TextField';
export {
  formatDate,
  formatDateOfBirth,
  formatDateTime,
  formatYen,
  groupDigits,
  maskDigits,
} from './format';
export { ErrorSummary, type SummaryError } from './ErrorSummary';
export { FileInput } from './FileInput';
export { hasUnsavedInput, useUnsavedInput } from './unsaved-input';
