import { useEffect, useState } from 'react';

/**
 * A QR code drawn here in the browser: the link (and its token) never goes to another service.
 * `data-qr-text` names what it encodes, for tests that "scan" it.
 */
export function QrCode({ text, alt }: { text: string; alt: string }) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // The encoder loads with the first code shown: most pages that can show one (a participant's board) never do.
    import('qrcode')
      .then(({ toString: qrSvg }) =>
        qrSvg(text, {
          type: 'svg',
          margin: 2,
          errorCorrectionLevel: 'M',
          color: { dark: '#000000', light: '#ffffff' },
        }),
      )
      .then((svg) => {
        if (current) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => setSource(null));
    return () => {
      current = false;
    };
  }, [text]);
  return source ? (
    <img className="qr-code" src={source} alt={alt} width={240} height={240} data-qr-text={text} />
  ) : null;
}
