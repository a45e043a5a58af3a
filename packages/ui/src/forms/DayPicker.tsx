import { DatePicker } from 'antd';
import dayjs from 'dayjs';

export interface DayPickerProps {
  id?: string;
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  /** Days after this one (ISO) cannot be picked, e.g. today for records of what happened. */
  maxDay?: string;
  /** Days before this one (ISO) cannot be picked, e.g. today for a rule that applies from now on. */
  minDay?: string;
  allowClear?: boolean;
  placeholder?: string;
}

/** A date input holding an ISO day (YYYY-MM-DD), the shape the API's schemas take. */
export function DayPicker({ id, value, onChange, onBlur, maxDay, minDay, allowClear = true, placeholder }: DayPickerProps) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      onChange={(date) => onChange(date ? date.format('YYYY-MM-DD') : null)}
      onBlur={onBlur}
      allowClear={allowClear}
      placeholder={placeholder}
      disabledDate={maxDay || minDay ? (date) => (!!maxDay && date.format('YYYY-MM-DD') > maxDay) || (!!minDay && date.format('YYYY-MM-DD') < minDay) : undefined}
      style={{ width: '100%' }}
    />
  );
}
