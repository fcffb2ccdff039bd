/* Small page behaviour: the highlight toggle on document pages (remembered across pages when storage is allowed). */
(function () {
  'use strict';
  var button = document.getElementById('toggle-highlights');
  if (!button) { return; }
  var article = document.getElementById('document');
  function storage() { try { return window.localStorage; } catch (e) { return null; } }
  function set(on) {
    article.classList.toggle('highlights-off', !on);
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.textContent = on ? '标注：开' : '标注：关';
    var s = storage();
    if (s) { try { s.setItem('gongwen-highlights', on ? 'on' : 'off'); } catch (e) { /* private mode */ } }
  }
  var s = storage();
  set(!(s && s.getItem('gongwen-highlights') === 'off'));
  button.addEventListener('click', function () { set(article.classList.contains('highlights-off')); });
})();
