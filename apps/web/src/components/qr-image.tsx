import QRCode from 'qrcode';
import { useEffect, useState, type CSSProperties } from 'react';

interface Props {
  value: string;
  /** Pixels of the generated image (it scales with CSS). */
  size?: number;
  className?: string;
  style?: CSSProperties;
  dark?: string;
  light?: string;
  testId?: string;
}

/** A QR code of `value` as an image (generated in the browser: nothing leaves the page). */
export function QrImage({ value, size = 240, className, style, dark = '#000000', light = '#ffffff', testId }: Props) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toDataURL(value, { margin: 2, width: size, errorCorrectionLevel: 'M', color: { dark, light } })
      .then((url) => !cancelled && setSrc(url))
      .catch(() => !cancelled && setSrc(null));
    return () => {
      cancelled = true;
    };
  }, [value, size, dark, light]);
  if (!src) return null;
  return <img className={className} style={style} src={src} alt={value} data-testid={testId} />;
}
