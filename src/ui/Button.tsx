import type { ButtonHTMLAttributes } from 'react';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary';
  block?: boolean;
}

export function Button({
  variant = 'primary',
  block = false,
  type = 'button',
  className,
  ...rest
}: ButtonProps) {
  const classes = ['btn', `btn--${variant}`, block ? 'btn--block' : '', className ?? ''].filter(
    Boolean,
  );
  return <button type={type} className={classes.join(' ')} {...rest} />;
}
