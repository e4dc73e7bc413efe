/** Escapes text for HTML. Templates build HTML only from escaped values. */
export function esc(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

/** The shared frame of every email: a plain, readable layout that works in any client and on phones. */
export function htmlFrame(opts: { lang: string; title: string; body: string; footer: string }): string {
  return `<!doctype html><html lang="${esc(opts.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(opts.title)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7;font-family:-apple-system,'Segoe UI','Hiragino Sans','Noto Sans JP','Noto Sans',Arial,sans-serif;color:#1f2328">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px;border:1px solid #d8dee4">
<tr><td style="padding:20px 24px;border-bottom:1px solid #d8dee4;font-weight:700;font-size:18px;color:#0b5cad">Zairyu</td></tr>
<tr><td style="padding:24px;font-size:16px;line-height:1.6">${opts.body}</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #d8dee4;font-size:12px;line-height:1.5;color:#57606a">${opts.footer}</td></tr>
</table></td></tr></table></body></html>`;
}

export function button(href: string, label: string): string {
  return `<p style="margin:24px 0"><a href="${esc(href)}" style="display:inline-block;background:#0b5cad;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600">${esc(label)}</a></p>`;
}
