/** The web app's small pure parts: escaping, marked snippets, language choice, safe redirects, upload names. */
import { describe, expect, it } from 'vitest';
import { html, marked } from '../../src/web/html.js';
import { pickLang } from '../../src/web/i18n.js';
import { safeNext } from '../../src/web/pages/task-forms.js';
import { safeFileName } from '../../src/web/upload-runner.js';
import { LoginThrottle } from '../../src/web/login-throttle.js';

describe('html', () => {
  it('escapes every value put into a template, unless it is already html', () => {
    const evil = '<script>alert("x")</script> & \'';
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe('<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;</p>');
    expect(html`<ul>${['<a>', html`<li>ok</li>`]}</ul>`.value).toBe('<ul>&lt;a&gt;<li>ok</li></ul>');
  });

  it('marks a snippet\'s «words» and escapes the rest, an unclosed mark included', () => {
    expect(marked('att «beslut» <b>fattas</b>').value).toBe('att <mark>beslut</mark> &lt;b&gt;fattas&lt;/b&gt;');
    expect(marked('«<img src=x onerror=alert(1)>» «open').value).toBe('<mark>&lt;img src=x onerror=alert(1)&gt;</mark> «open');
  });
});

describe('language', () => {
  it('is Swedish unless asked for English by ?lang= or the browser\'s first choice', () => {
    expect(pickLang(undefined, undefined)).toBe('sv');
    expect(pickLang(undefined, 'en-US,en;q=0.9')).toBe('en');
    expect(pickLang(undefined, 'en;q=0.5, sv-SE;q=0.8')).toBe('sv');
    expect(pickLang(undefined, 'de-DE,fr')).toBe('sv');
    expect(pickLang('en', 'sv')).toBe('en');
    expect(pickLang('xx', 'en')).toBe('en');
  });
});

describe('redirects after a form', () => {
  it('go only to a path of this site', () => {
    expect(safeNext('/followup?status=all', '/')).toBe('/followup?status=all');
    for (const bad of ['//evil.example/x', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', 42, undefined]) expect(safeNext(bad, '/')).toBe('/');
  });
});

describe('uploaded file names', () => {
  it('keep only the base name, in letters, digits and . _ - space', () => {
    expect(safeFileName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(safeFileName('C:\\Users\\anna\\Protokoll FLG 2024-04-02.pdf')).toBe('Protokoll FLG 2024-04-02.pdf');
    expect(safeFileName('..hidden.docx')).toBe('hidden.docx');
    expect(safeFileName('a<b>|c?.txt')).toBe('a_b__c_.txt');
    expect(safeFileName('')).toBe('dokument');
  });
});

describe('login throttle', () => {
  it('blocks a name after five failures in fifteen minutes, and lets it try again after', () => {
    const throttle = new LoginThrottle();
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) throttle.failed('Anna', '10.0.0.1', t0 + i);
    expect(throttle.blocked('anna', '10.0.0.2', t0 + 10)).toBe(true);
    expect(throttle.blocked('bo', '10.0.0.1', t0 + 10)).toBe(false);
    expect(throttle.blocked('anna', '10.0.0.2', t0 + 15 * 60_000 + 10)).toBe(false);
  });
});
