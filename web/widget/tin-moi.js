/*
 * The portal's news widget for partner sites (docs/partner-api.md). A partner pastes one tag:
 *   <script src="https://<site>/widget/tin-moi.js" data-so-tin="5" data-hoi="…" data-chuyen-muc="…" async></script>
 * and gets the latest news of the union (or of one association, or one category) in a shadow root:
 * the host page's styles do not reach it, and its styles do not reach the host page. No framework;
 * every text goes in through textContent, every link must lead to the portal (http/https, its origin).
 * Served as it is by server/routes/widget/tin-moi.js.get.ts; its data: /widget/tin-moi.json.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || !script.parentNode) return;
  var portal = new URL(script.src).origin;
  var data = script.dataset;
  var CSS =
    ':host{all:initial;display:block;contain:content}' +
    '*{box-sizing:border-box}' +
    'section{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#fff;border:1px solid #c9d3df;border-radius:6px;padding:12px;max-width:100%}' +
    'h2{font-size:17px;margin:0 0 8px;color:#0a3d6b}' +
    'ul{list-style:none;margin:0;padding:0}' +
    'li{display:flex;gap:10px;padding:8px 0;border-top:1px solid #e3e8ee}' +
    'li:first-child{border-top:0}' +
    'img{flex:none;width:72px;height:48px;object-fit:cover;border-radius:3px;background:#e3e8ee}' +
    'div{min-width:0}' +
    'a{color:#0a4f8f;text-decoration:underline;overflow-wrap:anywhere}' +
    'a:hover{color:#06325a}' +
    'a:focus-visible{outline:3px solid #c2410c;outline-offset:2px;border-radius:2px}' +
    'time{display:block;font-size:13px;color:#4a5563}' +
    'p{margin:8px 0 0;font-size:14px}';

  /** A link of the portal, or null: http(s) on the portal's own origin only. */
  function portalUrl(value) {
    try {
      var url = new URL(value, portal);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === portal ? url.href : null;
    } catch {
      return null;
    }
  }

  /** An image address, or null: http(s) only (uploads may live on the CMS's or a media host). */
  function imageUrl(value) {
    try {
      var url = new URL(value, portal);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch {
      return null;
    }
  }

  function element(name, text) {
    var node = document.createElement(name);
    if (text) node.textContent = text;
    return node;
  }

  function link(href, text) {
    var node = element('a', text);
    node.href = href;
    return node;
  }

  var host = element('div');
  script.parentNode.insertBefore(host, script);
  var root = host.attachShadow({ mode: 'open' });
  try {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.appendChild(element('style', CSS));
  }
  var section = element('section');
  var heading = element('h2', 'Tin mới – Liên hiệp Hội Lào Cai');
  heading.id = 'tin-moi';
  section.setAttribute('aria-labelledby', 'tin-moi');
  section.appendChild(heading);
  root.appendChild(section);

  function footer(href, text) {
    var paragraph = element('p');
    var url = portalUrl(href);
    if (url) paragraph.appendChild(link(url, text));
    else paragraph.textContent = text;
    section.appendChild(paragraph);
  }

  function render(answer) {
    if (answer.heading) heading.textContent = String(answer.heading);
    var items = Array.isArray(answer.items) ? answer.items : [];
    var list = element('ul');
    items.forEach(function (item) {
      var href = portalUrl(item.url);
      if (!href || !item.title) return;
      var entry = element('li');
      var image = data.anh !== 'khong' && item.image && imageUrl(item.image);
      if (image) {
        var picture = element('img');
        picture.src = image;
        picture.alt = '';
        picture.loading = 'lazy';
        picture.width = 72;
        picture.height = 48;
        entry.appendChild(picture);
      }
      var text = element('div');
      text.appendChild(link(href, String(item.title)));
      if (item.date && item.dateLabel) {
        var time = element('time', String(item.dateLabel));
        time.dateTime = String(item.date);
        text.appendChild(time);
      }
      entry.appendChild(text);
      list.appendChild(entry);
    });
    if (list.childNodes.length) section.appendChild(list);
    else section.appendChild(element('p', 'Chưa có tin.'));
    footer(answer.moreUrl || '/tin-tuc', 'Xem thêm trên Cổng thông tin Liên hiệp Hội Lào Cai');
  }

  var query = new URLSearchParams();
  if (data.soTin) query.set('so-tin', data.soTin);
  if (data.hoi) query.set('hoi', data.hoi);
  if (data.chuyenMuc) query.set('chuyen-muc', data.chuyenMuc);
  var search = query.toString();
  fetch(portal + '/widget/tin-moi.json' + (search ? '?' + search : ''), { credentials: 'omit' })
    .then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    })
    .then(render)
    .catch(function () {
      section.appendChild(element('p', 'Không tải được tin mới.'));
      footer('/tin-tuc', 'Xem tin tức trên Cổng thông tin Liên hiệp Hội Lào Cai');
    });
})();
