/* Filters the guide index as the applicant types; kept free of the characters less-than and ampersand so the
   page stays well-formed XML, which the tests check. Without JavaScript the box stays hidden. */
(function () {
    var box = document.getElementById('guide-search');
    var none = document.getElementById('guide-none');
    if (!box || !none) { return; }
    box.hidden = false;
    var groups = document.querySelectorAll('[data-group]');
    box.addEventListener('input', function () {
        var wanted = box.value.trim().toLowerCase();
        var anyShown = false;
        groups.forEach(function (group) {
            var shown = 0;
            group.querySelectorAll('li[data-search]').forEach(function (li) {
                var hit = wanted === '' || li.getAttribute('data-search').indexOf(wanted) !== -1;
                li.hidden = !hit;
                if (hit) { shown++; }
            });
            group.hidden = shown === 0;
            if (shown) { anyShown = true; }
        });
        none.hidden = anyShown;
    });
})();
