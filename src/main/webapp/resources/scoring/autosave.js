/*
 * The assessment form's timed save. Leaving a field saves it already; this saves what changed while the
 * examiner keeps typing in one field: every 20 seconds while something changed, when the tab is hidden, and
 * before a link leaves the page (sign-out too), which waits for the save and then follows the link.
 * The server keeps optimistic locking: a save that meets a newer version is refused and says so.
 */
var KvalitetAutosave = (function () {
    var INTERVAL_MS = 20000;
    var dirty = false;
    var saving = false;
    var leaveTo = null;

    function form() {
        return document.getElementById('assess');
    }

    function save() {
        if (!dirty || saving || typeof window.kvalitetAutosave !== 'function') {
            return false;
        }
        dirty = false;
        saving = true;
        window.kvalitetAutosave();
        return true;
    }

    function leave() {
        var target = leaveTo;
        leaveTo = null;
        window.location.href = target;
    }

    /** After a save: on to the link the examiner chose, unless the save was refused (the reason is shown). */
    function saved(args) {
        saving = false;
        if (!leaveTo) {
            return;
        }
        if (args && args.saved === false) {
            leaveTo = null;
            return;
        }
        if (dirty) {
            save();
            return;
        }
        leave();
    }

    function start() {
        var f = form();
        if (!f || f.dataset.autosave === 'on') {
            return;
        }
        f.dataset.autosave = 'on';
        f.addEventListener('input', function () { dirty = true; });
        f.addEventListener('change', function () { dirty = true; });
        window.setInterval(save, INTERVAL_MS);
        document.addEventListener('visibilitychange', function () {
            if (document.visibilityState === 'hidden') {
                save();
            }
        });
        document.addEventListener('click', function (event) {
            var link = event.target.closest ? event.target.closest('a[href]') : null;
            if (!link || !dirty || link.target === '_blank' || link.getAttribute('href').charAt(0) === '#') {
                return;
            }
            event.preventDefault();
            leaveTo = link.href;
            if (!saving && !save()) {
                leave();
            }
            // otherwise the save under way, or the one just started, leaves when it completes
        }, true);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
    return {saved: saved, save: save};
})();
