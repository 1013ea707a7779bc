// The search box of the living documentation: looks through window.LIVING_DOCS_INDEX (search-index.js), which
// works opened from disk as well as from a web server. Every word typed must match; results link to the page.
(function () {
  function render(box, results) {
    var words = box.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    results.innerHTML = '';
    if (words.length === 0) { return; }
    var index = window.LIVING_DOCS_INDEX || [];
    var found = index.filter(function (entry) {
      var text = (entry.title + ' ' + entry.text + ' ' + entry.kind).toLowerCase();
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    });
    found.slice(0, 25).forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = entry.href;
      link.textContent = entry.title;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = ' (' + entry.kind + ')';
      item.appendChild(link);
      item.appendChild(kind);
      results.appendChild(item);
    });
    if (found.length === 0) {
      var none = document.createElement('li');
      none.textContent = 'Nothing matches.';
      results.appendChild(none);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.createElement('input');
    box.type = 'search';
    box.id = 'living-docs-search';
    box.placeholder = 'Search scenarios, steps, sections';
    box.setAttribute('aria-label', 'Search the living documentation');
    var results = document.createElement('ul');
    results.id = 'living-docs-results';
    var column = document.getElementById('leftColumn') || document.getElementById('bodyColumn') || document.body;
    column.insertBefore(results, column.firstChild);
    column.insertBefore(box, results);
    box.addEventListener('input', function () { render(box, results); });
    // index.html?q=sign+out opens with that search done: a search can be shared as a link
    var asked = new URLSearchParams(window.location.search).get('q');
    if (asked) {
      box.value = asked;
      render(box, results);
    }
  });
}());
