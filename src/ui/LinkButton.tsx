import type { ReactNode } from 'react';
import { Link } from 'wouter';

interface LinkButtonProps {
  href: string;
  children: ReactNode;
  variant?: 'primary' | 'secondary';
}

export function LinkButton({ href, children, variant = 'primary' }: LinkButtonProps) {
  return (
    <Link href={href} className={`btn btn--${variant}`}>
      {children}
    </Link>
  );
}
