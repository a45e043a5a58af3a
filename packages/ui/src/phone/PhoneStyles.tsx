import { PHONE_CSS } from './styles';

/** Puts the kit's style sheet in the document once (React 19 hoists and deduplicates a `<style href>`). */
export function PhoneStyles() {
  return (
    <style href="pcs-phone-kit" precedence="default">
      {PHONE_CSS}
    </style>
  );
}
