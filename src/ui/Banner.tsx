import type { ReactNode } from 'react';

interface BannerProps {
  tone?: 'info' | 'warning' | 'error' | 'success';
  title?: string;
  children?: ReactNode;
  /** 'alert' interrupts a screen reader; use it only for errors the person must act on now. */
  role?: 'status' | 'alert' | 'region';
  label?: string;
}

export function Banner({ tone = 'info', title, children, role = 'status', label }: BannerProps) {
  return (
    <div
      className={`banner banner--${tone}`}
      role={role}
      aria-label={role === 'region' ? label : undefined}
    >
      {title && <p className="banner__title">{title}</p>}
      {children}
    </div>
  );
}
