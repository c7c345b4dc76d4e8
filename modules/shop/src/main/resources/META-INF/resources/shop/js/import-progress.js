// While a catalogue import runs (its request can take minutes for a large file; the form sends it in the background),
// asks the server how far it has come and shows it. Texts come from the element's data attributes, in the page's language.
(function () {
    function number(n) { // 1.500 on a German page, 1,500 on an English one
        return n.toLocaleString(document.documentElement.lang || undefined);
    }

    function watch(box) {
        var bar = box.querySelector('progress');
        var text = box.querySelector('span');
        var url = box.getAttribute('data-url');
        var timer;
        function ask() {
            if (!document.body.contains(box)) { // the answer has replaced the form: the import is over
                window.clearInterval(timer);
                return;
            }
            fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (answer) { return answer.ok ? answer.json() : null; })
                .then(function (status) {
                    // only a running import: the last one's DONE or FAILED may still be there when asking begins
                    if (!status || ['CHECKING', 'WRITING'].indexOf(status.phase) < 0) {
                        return;
                    }
                    bar.max = Math.max(status.total, 1);
                    bar.value = status.done;
                    text.textContent = box.getAttribute('data-' + status.phase.toLowerCase())
                        .replace('{0}', number(status.done)).replace('{1}', number(status.total));
                })
                .catch(function () { /* the next question may get through */ });
        }
        box.hidden = false;
        text.textContent = box.getAttribute('data-uploading');
        bar.removeAttribute('value');
        timer = window.setInterval(ask, 500);
    }
    document.addEventListener('click', function (event) {
        var form = event.target.form;
        if (event.target.id === 'import:upload' && form && form.querySelector('input[type=file]').value) {
            watch(document.getElementById('import-progress'));
        }
    });
})();
