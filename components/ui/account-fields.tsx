import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";
import { Field, type FieldProps } from "./field";

// The e-mail, password and code inputs every sign-in, sign-up and account form uses, with the attributes
// that let a password manager or the phone's keyboard help (and the limits the server holds to).
type Props = Omit<FieldProps, "type" | "autoComplete" | "maxLength" | "minLength" | "required">;

export function CurrentPasswordField(props: Props) {
  return <Field type="password" autoComplete="current-password" required maxLength={MAX_PASSWORD_LENGTH} {...props} />;
}

export function NewPasswordField(props: Props) {
  return (
    <Field
      type="password"
      autoComplete="new-password"
      minLength={MIN_PASSWORD_LENGTH}
      maxLength={MAX_PASSWORD_LENGTH}
      required
      {...props}
    />
  );
}

/** The six digits of an authenticator app. */
export function OneTimeCodeField(props: Omit<Props, "name" | "inputMode" | "pattern">) {
  return (
    <Field
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]{6}"
      required
      maxLength={6}
      {...props}
    />
  );
}

/** An e-mail address (254 characters at most, the longest a mail server takes). */
export function EmailField(props: Omit<Props, "name" | "inputMode">) {
  return <Field name="email" type="email" inputMode="email" autoComplete="email" maxLength={254} required {...props} />;
}
