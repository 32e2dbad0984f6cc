/**
 * A QR code drawn locally as SVG with the `qrcode` library (loaded on first use, never a remote
 * service). Until it is drawn, a same-size placeholder keeps the layout still.
 */
import { useEffect, useState } from 'react';

interface Matrix {
  size: number;
  path: string;
}

async function qrMatrix(text: string): Promise<Matrix> {
  const { create } = await import('qrcode');
  const qr = create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (data[y * size + x]) path += `M${x + 4} ${y + 4}h1v1h-1z`;
  }
  return { size: size + 8, path };
}

export function QrCode({
  text,
  label,
  className = 'qr',
  onReady,
}: {
  text: string | null;
  label: string;
  className?: string;
  onReady?: () => void;
}) {
  const [matrix, setMatrix] = useState<{ text: string; m: Matrix } | null>(null);
  useEffect(() => {
    let live = true;
    if (text) void qrMatrix(text).then((m) => live && setMatrix({ text, m }));
    return () => {
      live = false;
    };
  }, [text]);
  const m = matrix && matrix.text === text ? matrix.m : null;
  useEffect(() => {
    if (m) onReady?.();
  }, [m, onReady]);
  if (!m) return <span className={`${className} ${className}--pending`} aria-hidden="true" />;
  return (
    <svg
      className={className}
      viewBox={`0 0 ${m.size} ${m.size}`}
      role="img"
      aria-label={label}
      data-qr-text={text ?? ''}
      shapeRendering="crispEdges"
    >
      <rect width={m.size} height={m.size} fill="#fff" />
      <path d={m.path} fill="#000" />
    </svg>
  );
}
